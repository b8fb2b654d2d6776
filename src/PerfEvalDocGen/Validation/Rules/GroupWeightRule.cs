using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE206: each first-level group carries its standard weight: 产出 50, 效益 30, 满意度 10.</summary>
internal sealed class GroupWeightRule : IConsistencyRule
{
    private static readonly Dictionary<string, decimal> Standard = new(StringComparer.Ordinal)
    {
        ["产出指标"] = 50m,
        ["效益指标"] = 30m,
        ["满意度指标"] = 10m,
    };

    public string Code => "PE206";

    public Severity Severity => Severity.Warning;

    public string Meaning => "一级指标的分值合计应为：产出指标 50、效益指标 30、满意度指标 10；一级指标名称应为这三者之一。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, rows) in IndicatorRows.Grids(context.Data))
        {
            foreach (var group in FigureCalculator.GroupIndicators(rows))
            {
                var first = rows.Select((r, i) => (r, i)).First(x => x.r.Level1 == group.Name).i;
                if (!Standard.TryGetValue(group.Name, out var weight))
                {
                    yield return new Finding($"{path}[{first}].level1", $"一级指标“{group.Name}”不是标准名称。", "应为产出指标、效益指标或满意度指标。");
                }
                else if (context.Differs(group.Weight, weight))
                {
                    yield return new Finding($"{path}[{first}].weight",
                        $"{group.Name}的分值合计为 {group.Weight}，应为 {weight}。", "调整该组各三级指标的分值。");
                }
            }
        }
    }
}
