using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE213: the forms are filled and the report dated after the year evaluated.</summary>
internal sealed class DateOrderRule : IConsistencyRule
{
    public string Code => "PE213";

    public Severity Severity => Severity.Warning;

    public string Meaning => "填报日期和报告日期应在评价年度之后（自评在次年进行）。";

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
        }
    }
}
