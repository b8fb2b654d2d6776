using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE208: no indicator scores more than its weight.</summary>
internal sealed class ScoreWithinWeightRule : IConsistencyRule
{
    public string Code => "PE208";

    public Severity Severity => Severity.Error;

    public string Meaning => "每个指标的得分不得超过其分值。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, row) in IndicatorRows.All(context.Data))
        {
            if (row.Score is { } score && row.Weight is { } weight && score - weight > context.Tolerance)
            {
                yield return new Finding($"{path}.score", $"指标“{row.Level3}”得分 {score} 超过分值 {weight}。", "得分应在 0 与分值之间。");
            }
        }
    }
}
