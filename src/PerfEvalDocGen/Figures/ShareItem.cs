namespace PerfEvalDocGen.Figures;

/// <summary>A row of a breakdown with its share (占比) of the whole, in percent.</summary>
public sealed record ShareItem(string Name, decimal? Amount, decimal? Share);
