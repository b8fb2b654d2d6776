namespace PerfEvalDocGen.Narrative;

/// <summary>A run of narrative text, plain or bold.</summary>
internal sealed record InlineText(string Text, bool Bold = false);
