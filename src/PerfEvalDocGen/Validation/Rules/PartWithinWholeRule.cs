using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE227: no part of the unit's spending is larger than the whole. A row of 三公经费, 政府采购, a project or an
/// economic class spent more than the unit spent in all (全年执行数), or budgeted more than its whole budget: most often
/// the row was typed in 元 instead of 万元, which no total-against-parts rule sees when the row has no total of its own.
/// </summary>
internal sealed class PartWithinWholeRule : IConsistencyRule
{
    public string Code => "PE227";

    public Severity Severity => Severity.Warning;

    public string Meaning => "单位支出的一部分不应大于整体：三公经费各行（及其合计）、政府采购、人员经费、公用经费各行、各类项目和专项、经济分类和功能分类各项、项目支出绩效自评表的全年执行数、其他预算的支出数，不超过全年执行数；它们的预算数不超过单位的全年预算数（或年初预算数、预算批复数、全年执行数中最大的）。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var data = context.Data;
        if (data.Budget.Executed is { } executed && executed > 0)
        {
            foreach (var finding in Against(context, Spent(data), ("budget.executed", "全年执行数", executed), "单位全年执行数"))
            {
                yield return finding;
            }
        }
        // The largest budget figure of the whole unit that is known: a part's budget above all of them is above the whole.
        var wholes = new (string Path, string Label, decimal? Value)[]
        {
            ("budget.fullYearBudget", "全年预算数", data.Budget.FullYearBudget),
            ("budget.initialBudget", "年初预算数", data.Budget.InitialBudget),
            ("budget.revenue.approved", "预算批复数", data.Budget.Revenue.Approved),
            ("budget.executed", "全年执行数", data.Budget.Executed),
        };
        if (wholes.Where(w => w.Value is > 0).OrderByDescending(w => w.Value).FirstOrDefault() is { Path: not null } largest)
        {
            foreach (var finding in Against(context, Budgeted(data), (largest.Path, largest.Label, largest.Value!.Value), $"单位的{largest.Label}"))
            {
                yield return finding;
            }
        }
    }

    /// <summary>So many parts above the whole that the whole is the slip (a digit lost, another column): reported once, at the whole.</summary>
    private const int PartsThatBlameTheWhole = 3;

    private static IEnumerable<Finding> Against(RuleContext context, IEnumerable<(string Path, string Label, decimal? Value)> parts, (string Path, string Label, decimal Value) whole, string wholeName)
    {
        if (UnitScaleRule.IsTooSmall(whole.Value))
        {
            // A whole below any unit's spending is reported by PE144 (typed in 亿元); its parts are not compared with it.
            yield break;
        }
        var over = parts.Where(p => p.Value is { } v && v > whole.Value && context.Differs(v, whole.Value)).ToList();
        if (over.Count >= PartsThatBlameTheWhole)
        {
            yield return new Finding(whole.Path,
                $"{wholeName} {RuleContext.Money(whole.Value)} 万元小于其中 {over.Count} 项（{string.Join("、", over.Take(3).Select(p => $"{p.Label} {RuleContext.Money(p.Value!.Value)}"))}{(over.Count > 3 ? " 等" : "")}）：整体不能小于部分。",
                $"核对“{whole.Label}”：是否少输了数字、漏了小数点前的位数，或填到了别的栏目。");
            yield break;
        }
        foreach (var (path, label, value) in over)
        {
            var part = value!.Value;
            var yuan = part / 10000m <= whole.Value && part / 10000m >= 0.01m ? $"若是按元填写的，应为 {RuleContext.Money(part / 10000m)} 万元；" : "";
            yield return new Finding(path,
                $"“{label}”{RuleContext.Money(part)} 万元大于{wholeName} {RuleContext.Money(whole.Value)} 万元：部分不能大于整体。",
                $"金额单位为万元，{yuan}核对该项与整体的数字。");
        }
    }

    private static IEnumerable<(string Path, string Label, decimal? Value)> Spent(ReportData data)
    {
        foreach (var (path, label, row) in Rows(data))
        {
            yield return ($"{path}.currentActual", $"{label}·本年决算数", row.CurrentActual);
        }
        var three = data.ThreePublicExpenses;
        var rows = new[] { three.VehiclePurchase, three.VehicleOperation, three.Overseas, three.Reception }.Select(r => r.CurrentActual).ToList();
        // The derived 三公经费 total, reported only when no single row is already too large.
        if (rows.Any(r => r is not null) && rows.All(r => r is null || r <= data.Budget.Executed))
        {
            yield return ("threePublicExpenses", "三公经费合计·本年决算数", rows.Sum(r => r ?? 0));
        }
        yield return ("basicExpenditure.personnel", "人员经费", data.BasicExpenditure.Personnel);
        foreach (var (path, kind, items) in new[] { ("basicExpenditure.byEconomicClass", "基本支出", data.BasicExpenditure.ByEconomicClass), ("projectExpenditure.byEconomicClass", "项目支出", data.ProjectExpenditure.ByEconomicClass), ("projectExpenditure.byFunction", "项目支出", data.ProjectExpenditure.ByFunction) })
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return ($"{path}[{i}].amount", $"{kind}·{items[i].Name}", items[i].Amount);
            }
        }
        for (var i = 0; i < data.ProjectEvaluations.Count; i++)
        {
            yield return ($"projectEvaluations[{i}].total.executed", $"项目“{data.ProjectEvaluations[i].Name}”年度资金总额·全年执行数", data.ProjectEvaluations[i].Total.Executed);
        }
        foreach (var (path, items) in OtherBudgets(data))
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return ($"{path}.items[{i}].actual", $"{items[i].Name}·支出数", items[i].Actual);
            }
        }
    }

    private static IEnumerable<(string Path, string Label, decimal? Value)> Budgeted(ReportData data)
    {
        foreach (var (path, label, row) in Rows(data))
        {
            yield return ($"{path}.currentBudget", $"{label}·本年预算数", row.CurrentBudget);
        }
        for (var i = 0; i < data.ProjectEvaluations.Count; i++)
        {
            yield return ($"projectEvaluations[{i}].total.initialBudget", $"项目“{data.ProjectEvaluations[i].Name}”年度资金总额·年初预算数", data.ProjectEvaluations[i].Total.InitialBudget);
            yield return ($"projectEvaluations[{i}].total.fullYearBudget", $"项目“{data.ProjectEvaluations[i].Name}”年度资金总额·全年预算数", data.ProjectEvaluations[i].Total.FullYearBudget);
        }
        foreach (var (path, items) in OtherBudgets(data))
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return ($"{path}.items[{i}].budget", $"{items[i].Name}·预算数", items[i].Budget);
            }
        }
    }

    // The rows of the cost-control table that are parts of the unit's spending (not 部门基本支出预算调整, which may be negative).
    private static IEnumerable<(string Path, string Label, YearFigures Row)> Rows(ReportData data)
    {
        var three = data.ThreePublicExpenses;
        yield return ("threePublicExpenses.vehiclePurchase", "公车购置", three.VehiclePurchase);
        yield return ("threePublicExpenses.vehicleOperation", "公车运行维护", three.VehicleOperation);
        yield return ("threePublicExpenses.overseas", "出国经费", three.Overseas);
        yield return ("threePublicExpenses.reception", "公务接待", three.Reception);
        yield return ("procurement", "政府采购金额", data.Procurement);
        var funds = data.BasicExpenditure.PublicFunds;
        yield return ("basicExpenditure.publicFunds.total", "公用经费合计", funds.Total);
        yield return ("basicExpenditure.publicFunds.office", "办公经费", funds.Office);
        yield return ("basicExpenditure.publicFunds.utilitiesAndTravel", "水费、电费、差旅费", funds.UtilitiesAndTravel);
        yield return ("basicExpenditure.publicFunds.meetingsAndTraining", "会议费、培训费", funds.MeetingsAndTraining);
        var projects = data.ProjectExpenditure;
        yield return ("projectExpenditure.business.figures", projects.Business.Name, projects.Business.Figures);
        yield return ("projectExpenditure.operation.figures", projects.Operation.Name, projects.Operation.Figures);
        yield return ("projectExpenditure.specificPurpose.figures", projects.SpecificPurpose.Name, projects.SpecificPurpose.Figures);
        for (var i = 0; i < projects.SpecialFunds.Count; i++)
        {
            yield return ($"projectExpenditure.specialFunds[{i}].figures", projects.SpecialFunds[i].Name, projects.SpecialFunds[i].Figures);
        }
        for (var i = 0; i < projects.Transfers.Count; i++)
        {
            yield return ($"projectExpenditure.transfers[{i}].figures", projects.Transfers[i].Name, projects.Transfers[i].Figures);
        }
    }

    private static IEnumerable<(string Path, List<OtherBudgetItem> Items)> OtherBudgets(ReportData data)
    {
        foreach (var (path, budget) in new[] { ("governmentFundBudget", data.GovernmentFundBudget), ("stateCapitalBudget", data.StateCapitalBudget), ("socialInsuranceBudget", data.SocialInsuranceBudget) })
        {
            if (budget is not null)
            {
                yield return (path, budget.Items);
            }
        }
    }
}
