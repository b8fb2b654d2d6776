using System.Globalization;
using System.Text.RegularExpressions;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE211: a figure written inside narrative text agrees with the data (e.g. "基本支出1200.00万元").</summary>
internal sealed partial class NarrativeFigureRule : IConsistencyRule
{
    private static readonly char[] SentenceEnds = ['。', '；', ';'];

    public string Code => "PE211";

    public Severity Severity => Severity.Error;

    public string Meaning => "正文文字中写出的金额（如“基本支出1200.00万元”）应与数据一致（基本支出、项目支出、人员经费、公用经费、三公经费，以及写作“整体支出”“全年支出”“总支出”“支出总额”“支出合计”“全年执行数”的全年执行数）；提到其他年度或“上年”“同比”的句子不比较。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var data = context.Data;
        var known = new (string Label, string DataPath, decimal? Value)[]
        {
            ("基本支出", "budget.basicExpenditure", data.Budget.BasicExpenditure),
            ("项目支出", "budget.projectExpenditure", data.Budget.ProjectExpenditure),
            ("人员经费", "basicExpenditure.personnel", data.BasicExpenditure.Personnel),
            ("公用经费", "basicExpenditure.publicFunds.total.currentActual", data.BasicExpenditure.PublicFunds.Total.CurrentActual),
            ("三公经费", "threePublicExpenses", context.Figures.ThreePublicTotal.CurrentActual ?? 0m),
            ("整体支出", "budget.executed", data.Budget.Executed),
            // The same total by the other names prose gives it.
            ("全年支出", "budget.executed", data.Budget.Executed),
            ("总支出", "budget.executed", data.Budget.Executed),
            ("支出总额", "budget.executed", data.Budget.Executed),
            ("支出合计", "budget.executed", data.Budget.Executed),
            ("全年执行数", "budget.executed", data.Budget.Executed),
        };
        foreach (var (path, text) in NarrativeText.All(data))
        {
            // Matches are few; only the sentence around each is looked at, so prose is never split up.
            foreach (Match match in Quoted().Matches(text))
            {
                var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, match.Index - 1)) + 1;
                var end = text.IndexOfAny(SentenceEnds, match.Index + match.Length);
                if (OtherPeriod(text.AsSpan(start, (end < 0 ? text.Length : end) - start), data.Unit.Year))
                {
                    continue;
                }
                var label = match.Groups["label"].Value;
                var written = decimal.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
                var figure = known.First(k => label.EndsWith(k.Label, StringComparison.Ordinal));
                if (figure.Value is { } value && context.Differs(written, value))
                {
                    yield return new Finding(path,
                        $"正文写“{match.Value}”，但数据中{(figure.DataPath == "budget.executed" ? "全年执行数" : figure.Label)}为 {RuleContext.Money(value)} 万元（{figure.DataPath}）。",
                        "改正文字或数据，使两处一致。");
                }
            }
        }
    }

    private static bool OtherPeriod(ReadOnlySpan<char> sentence, int year)
    {
        if (sentence.Contains("上年", StringComparison.Ordinal) || sentence.Contains("去年", StringComparison.Ordinal) || sentence.Contains("同比", StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var match in Years().EnumerateMatches(sentence))
        {
            if (int.Parse(sentence.Slice(match.Index, 4), CultureInfo.InvariantCulture) != year)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?<label>基本支出|项目支出|人员经费|公用经费|三公经费|整体支出|全年支出|总支出|支出总额|支出合计|全年执行数)(?:支出)?(?:共计|合计|总额|为|是)?(?<value>\d+(?:\.\d+)?)万元")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:19|20)\d{2}年")]
    private static partial Regex Years();
}
