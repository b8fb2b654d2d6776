using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE209: a quantitative indicator's entered score agrees with the score its target and actual value give.</summary>
internal sealed class QuantitativeScoreRule : IConsistencyRule
{
    public string Code => "PE209";

    public Severity Severity => Severity.Warning;

    public string Meaning => "定量指标（指标方向为正向或反向，未填时按指标值的“≥”“≤”判断）的得分应按公式计算：正向 分值×min(完成值÷指标值,1)，反向 分值×min(指标值÷完成值,1)；达到指标值即得满分，得分不低于 0。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, row) in IndicatorRows.All(context.Data))
        {
            if (row.Score is { } score && FigureCalculator.FormulaScore(row).Score is { } expected && context.Differs(score, expected))
            {
                yield return new Finding($"{path}.score",
                    $"指标“{row.Level3}”（{IndicatorScore.DirectionOf(row, out _)}）指标值 {row.Target}、完成值 {row.Actual}，按公式得分应为 {RuleContext.Money(expected)}，填写的是 {score}。",
                    $"改为 {RuleContext.Money(expected)}，或在偏差原因中说明评分依据。");
            }
        }
    }
}
