using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE207: the weights, with 10 for budget execution, add up to 100.</summary>
internal sealed class TotalWeightRule : IConsistencyRule
{
    public string Code => "PE207";

    public Severity Severity => Severity.Error;

    public string Meaning => "预算执行率分值 10 与全部三级指标分值之和应为 100。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, rows) in IndicatorRows.Grids(context.Data))
        {
            if (rows.Count == 0)
            {
                continue;
            }
            var total = FigureCalculator.ExecutionWeight + rows.Sum(r => r.Weight ?? 0m);
            if (context.Differs(total, 100m))
            {
                yield return new Finding(path, $"分值合计为 {total}（含预算执行率 10 分），应为 100。", "核对各三级指标的分值。");
            }
        }
    }
}
