using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE230: every indicator row has its 年度指标值 and 实际完成值. A cell forgotten prints as an empty cell of the grid,
/// with the row's score still counted; a quantitative row without its actual value is PE220's.
/// </summary>
internal sealed class BlankIndicatorValueRule : IConsistencyRule
{
    public string Code => "PE230";

    public Severity Severity => Severity.Warning;

    public string Meaning => "绩效指标（整体和各项目）的年度指标值或实际完成值未填写：表中该格留空，而该行的得分照常计入总分。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, row) in IndicatorRows.All(context.Data))
        {
            // The field PE220 already reports for a quantitative row (its actual value, or a target it cannot read).
            var reported = FigureCalculator.FormulaScore(row).Problem is { } problem ? (problem.StartsWith("指标值", StringComparison.Ordinal) ? "target" : "actual") : null;
            foreach (var (field, name, value, example) in new[] { ("target", "年度指标值", row.Target, "“≥10次”“100%”“出台”"), ("actual", "实际完成值", row.Actual, "“18次”“100%”“已出台”") })
            {
                if (string.IsNullOrWhiteSpace(value) && reported != field)
                {
                    yield return new Finding($"{path}.{field}", $"指标“{row.Level3}”的{name}未填写：表中此格会留空。", $"填写{name}，如{example}。");
                }
            }
        }
    }
}
