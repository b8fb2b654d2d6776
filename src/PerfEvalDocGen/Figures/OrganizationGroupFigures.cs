namespace PerfEvalDocGen.Figures;

/// <summary>A category of internal bodies with its derived count.</summary>
public sealed record OrganizationGroupFigures(string Category, int Count, IReadOnlyList<string> Members);
