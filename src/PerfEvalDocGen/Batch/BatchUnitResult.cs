using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Batch;

/// <summary>The outcome for one unit: status, paths, diagnostics, changed figures and time taken.</summary>
public sealed record BatchUnitResult(
    string Input,
    BatchStatus Status,
    string? Output,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<FigureChange> Changes,
    TimeSpan Elapsed,
    long Bytes)
{
    /// <summary>The PDF written beside the report, when --pdf was asked for.</summary>
    public string? Pdf { get; init; }
}
