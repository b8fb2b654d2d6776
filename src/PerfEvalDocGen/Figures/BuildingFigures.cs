namespace PerfEvalDocGen.Figures;

/// <summary>规模控制率 and 投资概算控制率 of one building project, in percent.</summary>
public sealed record BuildingFigures(decimal? AreaControlRate, decimal? InvestmentControlRate);
