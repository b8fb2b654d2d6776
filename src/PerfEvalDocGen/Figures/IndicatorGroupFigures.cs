namespace PerfEvalDocGen.Figures;

/// <summary>A first-level indicator group (一级指标) with its summed weight and score.</summary>
public sealed record IndicatorGroupFigures(string Name, decimal Weight, decimal? Score, int RowCount);
