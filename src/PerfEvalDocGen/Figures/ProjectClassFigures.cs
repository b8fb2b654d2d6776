namespace PerfEvalDocGen.Figures;

/// <summary>A project class's spending this year and its share (占比) of project expenditure.</summary>
public sealed record ProjectClassFigures(string Name, decimal Amount, decimal? Share, string? Purpose);
