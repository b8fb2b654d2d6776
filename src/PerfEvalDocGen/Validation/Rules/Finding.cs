namespace PerfEvalDocGen.Validation.Rules;

/// <summary>What a rule found: the JSON path it concerns, a Chinese message and, where there is one, a fix.</summary>
public sealed record Finding(string JsonPath, string Message, string? Suggestion = null);
