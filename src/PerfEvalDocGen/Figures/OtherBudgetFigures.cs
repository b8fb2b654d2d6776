namespace PerfEvalDocGen.Figures;

/// <summary>The derived figures of one other-budget table: each row's 执行率 and the 合计 row.</summary>
public sealed record OtherBudgetFigures(IReadOnlyList<decimal?> ItemRates, decimal? TotalBudget, decimal? TotalActual, decimal? TotalRate);
