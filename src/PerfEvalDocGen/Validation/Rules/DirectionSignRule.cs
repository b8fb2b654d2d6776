using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE231: an indicator's 指标方向 agrees with its target's comparison sign. “反向” beside “≥10次” (or “正向” beside
/// “≤3%”) is a choice picked from the wrong row of a list; the direction wins, so the formula scores the row backwards.
/// </summary>
internal sealed class DirectionSignRule : IConsistencyRule
{
    public string Code => "PE231";

    public Severity Severity => Severity.Warning;

    public string Meaning => "指标方向与指标值的比较符号矛盾：“反向”（越低越好）而指标值写“≥”“不低于”“以上”，或“正向”（越高越好）而指标值写“≤”“不超过”“以内”；按公式计分时以指标方向为准，得分会算反。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, row) in IndicatorRows.All(context.Data))
        {
            var sign = Quantity.Parse(row.Target)?.Comparison;
            var contradicts = (row.Direction?.Trim(), sign) switch
            {
                ("反向", Comparison.AtLeast) => "越高越好",
                ("正向", Comparison.AtMost) => "越低越好",
                _ => null,
            };
            if (contradicts is not null)
            {
                yield return new Finding($"{path}.direction",
                    $"指标“{row.Level3}”的指标方向为“{row.Direction!.Trim()}”，而指标值“{row.Target!.Trim()}”表示{contradicts}：两者矛盾，得分按“{row.Direction.Trim()}”计算。",
                    $"改正指标方向（应为“{(sign == Comparison.AtLeast ? "正向" : "反向")}”），或改正指标值的比较符号。");
            }
        }
    }
}
