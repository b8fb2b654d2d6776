using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE228: an entry copied twice. The same project, fund, office, goal or indicator row entered twice prints twice
/// (and counts twice in the totals derived from the list); an 实际完成情况 that repeats its 预期目标 word for word, or a
/// paragraph pasted into a second place, was copied and not rewritten.
/// </summary>
internal sealed class DuplicateEntryRule : IConsistencyRule
{
    /// <summary>Texts shorter than this may well repeat on purpose (如“完成”“无”).</summary>
    private const int ShortestCopiedText = 10;

    public string Code => "PE228";

    public Severity Severity => Severity.Warning;

    public string Meaning => "同一内容重复填写：同一列表中名称相同的两项（项目支出绩效自评表、专项资金、转移支付、部门职责、内设机构类别、人员类别、经济分类、收入构成、其他预算各行）、同一机构在机构名单中出现两次（个数多算）、整行相同的两个指标（同名而指标值不同的相邻两行是正常的合并写法，不算）、相同的两项年度目标、实际完成情况与预期目标一字不差（10 字以上），或同一段文字（10 字以上）出现在正文两处。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var data = context.Data;
        var lists = new List<(string Path, string Field, string What, IReadOnlyList<string?> Names)>
        {
            ("projectEvaluations", "name", "项目支出绩效自评表", data.ProjectEvaluations.Select(p => (string?)p.Name).ToList()),
            ("projectExpenditure.specialFunds", "name", "区级专项资金", data.ProjectExpenditure.SpecialFunds.Select(p => (string?)p.Name).ToList()),
            ("projectExpenditure.transfers", "name", "上级转移支付", data.ProjectExpenditure.Transfers.Select(p => (string?)p.Name).ToList()),
            ("duties", "office", "部门职责", data.Duties.Select(d => (string?)d.Office).ToList()),
            ("organization.otherStaff", "name", "其他人员", data.Organization.OtherStaff.Select(s => (string?)s.Name).ToList()),
            ("organization.groups", "category", "内设机构分类", data.Organization.Groups.Select(g => (string?)g.Category).ToList()),
            ("basicExpenditure.byEconomicClass", "name", "基本支出按经济分类", data.BasicExpenditure.ByEconomicClass.Select(a => (string?)a.Name).ToList()),
            ("projectExpenditure.byEconomicClass", "name", "项目支出按经济分类", data.ProjectExpenditure.ByEconomicClass.Select(a => (string?)a.Name).ToList()),
            ("projectExpenditure.byFunction", "name", "项目支出按功能分类", data.ProjectExpenditure.ByFunction.Select(a => (string?)a.Name).ToList()),
            ("budget.revenue.items", "name", "收入构成", data.Budget.Revenue.Items.Select(a => (string?)a.Name).ToList()),
            ("goals", "expected", "年度总体目标", data.Goals.Select(g => (string?)g.Expected).ToList()),
            ("indicators", "level3", "绩效指标", IndicatorKeys(data.Indicators)),
        };
        foreach (var (name, budget) in new[] { ("governmentFundBudget", data.GovernmentFundBudget), ("stateCapitalBudget", data.StateCapitalBudget), ("socialInsuranceBudget", data.SocialInsuranceBudget) })
        {
            if (budget is not null)
            {
                lists.Add(($"{name}.items", "name", FieldTitles.Of(name) ?? name, budget.Items.Select(i => (string?)i.Name).ToList()));
            }
        }
        for (var i = 0; i < data.ProjectEvaluations.Count; i++)
        {
            lists.Add(($"projectEvaluations[{i}].indicators", "level3", $"项目“{data.ProjectEvaluations[i].Name}”的绩效指标", IndicatorKeys(data.ProjectEvaluations[i].Indicators)));
        }
        foreach (var (path, field, what, names) in lists)
        {
            foreach (var finding in Repeats(path, field, what, names))
            {
                yield return finding;
            }
        }
        // Members are listed by category; an office listed twice (in one category or two) is counted twice.
        var members = data.Organization.Groups.SelectMany((g, i) => g.Members.Select((m, j) => (Path: $"organization.groups[{i}].members[{j}]", Name: m))).ToList();
        var seenMember = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, name) in members)
        {
            if (Key(name) is { } key && !seenMember.TryAdd(key, path))
            {
                yield return new Finding(path, $"内设机构“{name.Trim()}”在机构名单中出现了两次（另一处在 {seenMember[key]}），机构个数会多算。", "删去重复的一项。");
            }
        }
        foreach (var finding in CopiedGoals(data))
        {
            yield return finding;
        }
        foreach (var finding in RepeatedParagraphs(data))
        {
            yield return finding;
        }
    }

    private static List<string?> IndicatorKeys(List<Indicator> indicators) =>
        // The same 三级指标 may stand in two rows with different targets (merged when printed); a row is copied when all of it repeats.
        [.. indicators.Select(i => Key(i.Level3) is null ? null : string.Join("\u0001", i.Level1.Trim(), i.Level2.Trim(), i.Level3.Trim(), i.Target?.Trim() ?? "", i.Actual?.Trim() ?? ""))];

    private static IEnumerable<Finding> Repeats(string path, string field, string what, IReadOnlyList<string?> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (Key(names[i]) is not { } key)
            {
                continue;
            }
            if (seen.TryGetValue(key, out var first))
            {
                var shown = key.Split('\u0001') is { Length: > 1 } parts ? parts[2] : key;
                yield return new Finding($"{path}[{i}].{field}",
                    $"{what}第 {i + 1} 项“{shown}”与第 {first + 1} 项{(field == "level3" ? "整行" : "")}相同，像是重复填写：报告中会出现两次。",
                    "删去重复的一项，或改正为应填的内容。");
            }
            else
            {
                seen[key] = i;
            }
        }
    }

    private static IEnumerable<Finding> CopiedGoals(ReportData data)
    {
        var goals = data.Goals.Select((g, i) => (Path: $"goals[{i}]", Goal: g))
            .Concat(data.ProjectEvaluations.Select((p, i) => (Path: $"projectEvaluations[{i}].goal", Goal: p.Goal)));
        foreach (var (path, goal) in goals)
        {
            if (goal is not null && Key(goal.Expected) is { Length: >= ShortestCopiedText } expected && Key(goal.Achieved) == expected)
            {
                yield return new Finding($"{path}.achieved", "实际完成情况与预期目标一字不差，像是复制后未改写。", "写明实际完成了什么（数量、程度、时间）。");
            }
        }
    }

    private static IEnumerable<Finding> RepeatedParagraphs(ReportData data)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in NarrativeText.All(data))
        {
            if (Key(text) is { Length: >= ShortestCopiedText } key && !seen.TryAdd(key, path))
            {
                yield return new Finding(path, $"这段文字与 {seen[key]} 完全相同，报告中会印出两次。", "删去其中一处，或改写为应有的内容。");
            }
        }
    }

    // Two entries are the same when they read the same, whatever spaces surround them.
    private static string? Key(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
