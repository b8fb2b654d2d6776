using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE213: the forms are filled and the report dated after the year evaluated.</summary>
internal sealed class DateOrderRule : IConsistencyRule
{
    public string Code => "PE213";

    public Severity Severity => Severity.Warning;

    public string Meaning => "填报日期和报告日期应在评价年度的次年（自评在次年进行）：不在评价年度之后，或晚两年以上，都提示核对。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var year = context.Data.Unit.Year;
        var signature = context.Data.Signature;
        foreach (var (path, name, value) in new[] { ("signature.filledOn", "填报日期", signature.FilledOn), ("signature.reportDate", "报告日期", signature.ReportDate) })
        {
            if (DateText.TryParse(value, out var y, out _, out _) && y <= year)
            {
                yield return new Finding(path, $"{name} {value} 不在评价年度 {year} 之后。", $"自评通常在 {year + 1} 年进行，核对年份。");
            }
            else if (y > year + 1)
            {
                // A date two or more years on: the date's year or the evaluated year (unit.year) was typed wrong, or last year's file reused.
                yield return new Finding(path, $"{name} {value} 比评价年度 {year} 晚 {y - year} 年：自评在评价年度的次年进行。",
                    $"核对{name}的年份（应为 {year + 1} 年）和评价年度（unit.year，日期无误时应为 {y - 1}）。");
            }
        }
    }
}
