using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE220: a quantitative indicator whose target or actual value cannot be read (or compared), so no score is advised.</summary>
internal sealed class UnreadableQuantityRule : IConsistencyRule
{
    public string Code => "PE220";

    public Severity Severity => Severity.Warning;

    public string Meaning => "定量指标的指标值或完成值读不出数字、单位不同或公式无意义，无法按公式核对得分（不给出建议分）。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, row) in IndicatorRows.All(context.Data))
        {
            if (FigureCalculator.FormulaScore(row).Problem is { } problem)
            {
                var field = problem.StartsWith("指标值", StringComparison.Ordinal) ? "target" : "actual";
                yield return new Finding($"{path}.{field}",
                    $"定量指标“{row.Level3}”：{problem}，无法按公式核对得分。",
                    "指标值写成“≥12,600平方米”“≤0%”这样的比较符号加数字和单位，完成值写成同一单位的数字（可带千分位逗号、正负号、%）；定性指标请去掉比较符号和指标方向。");
            }
        }
    }
}
