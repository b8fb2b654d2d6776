namespace PerfEvalDocGen.Figures;

/// <summary>Derived figures of one project self-evaluation form.</summary>
public sealed record ProjectEvaluationFigures(
    decimal? ExecutionRate,
    decimal? ExecutionScore,
    IReadOnlyList<IndicatorGroupFigures> IndicatorGroups,
    decimal? TotalScore);
