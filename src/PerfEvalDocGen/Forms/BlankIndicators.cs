using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Forms;

/// <summary>The empty indicator grid of the blank project form: each 二级 with three rows to fill in by hand.</summary>
internal static class BlankIndicators
{
    private static readonly (string Level1, decimal Weight, string[] Level2)[] Shape =
    [
        ("产出指标", 50m, ["数量指标", "质量指标", "时效指标", "成本指标"]),
        ("效益指标", 30m, ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
        ("满意度指标", 10m, ["服务对象满意度指标"]),
    ];

    public static IReadOnlyList<Indicator> Rows { get; } =
        Shape.SelectMany(g => g.Level2.SelectMany(level2 => new[] { "", "", "……" }
            .Select(level3 => new Indicator { Level1 = g.Level1, Level2 = level2, Level3 = level3 })))
        .ToList();

    public static IReadOnlyList<IndicatorGroupFigures> Groups { get; } =
        Shape.Select(g => new IndicatorGroupFigures(g.Level1, g.Weight, null, g.Level2.Length * 3)).ToList();
}
