using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE207: the weights, with 10 for budget execution, add up to 100.</summary>
internal sealed class TotalWeightRule : IConsistencyRule
{
    public string Code => "PE207";

    public Severity Severity => Severity.Error;

    public string Meaning => "预算执行率分值 10 与全部三级指标分值之和应为 100；模板集打印总分的表（附件2、附件3）不能没有三级指标。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var scored = IndicatorRows.Scored(context).Select(g => g.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, rows) in IndicatorRows.Grids(context.Data))
        {
            if (rows.Count == 0)
            {
                // An empty grid would print 总分 10 and 等级 差: whatever the list holds, the weights make 100.
                if (scored.Contains(path))
                {
                    yield return new Finding(path, "没有填写任何三级指标，分值合计只有预算执行率的 10 分，应为 100；总分和等级无法计算。",
                        "按自评表逐行填写三级指标及其分值、得分（产出 50、效益 30、满意度 10）。");
                }
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
