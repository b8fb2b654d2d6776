using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.DataFormat;

/// <summary>A data file's text as decoded, or null when it could not be; with what reading it found (encoding, access).</summary>
internal sealed record DataText(string? Text, IReadOnlyList<Diagnostic> Diagnostics);
