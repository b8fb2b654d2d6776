namespace PerfEvalDocGen.Narrative;

/// <summary>One parsed line of template output: a heading mark (depth, run-in) or body text, with its inline runs.</summary>
internal sealed record MarkupLine(int Depth, bool RunIn, IReadOnlyList<InlineText> Inlines, int SourceLine);
