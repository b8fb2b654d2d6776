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

    /// <summary>
    /// The figures' record from before was damaged (a run killed while writing it) or could not be kept, so the changes
    /// this report brings cannot be listed: the user is told rather than shown an empty list.
    /// </summary>
    public bool ChangesLost { get; init; }
}
