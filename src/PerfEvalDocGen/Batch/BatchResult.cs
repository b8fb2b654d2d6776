using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Batch;

/// <summary>A whole batch: every unit's outcome, in input order, what concerned the whole folder, and the time taken.</summary>
public sealed record BatchResult(IReadOnlyList<BatchUnitResult> Units, TimeSpan Elapsed)
{
    /// <summary>Problems of the run as a whole (the folder, its manifest, its records), not of one unit.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Units whose report was written.</summary>
    public int Generated => Units.Count(u => u.Status == BatchStatus.Generated);

    /// <summary>Units skipped as up to date.</summary>
    public int UpToDate => Units.Count(u => u.Status == BatchStatus.UpToDate);

    /// <summary>Units that failed.</summary>
    public int Failed => Units.Count(u => u.Status == BatchStatus.Failed);

    /// <summary>Warnings found in this run, over all units and the run itself (up-to-date units are not checked again).</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning) + Units.Sum(u => u.Diagnostics.Count(d => d.Severity == Severity.Warning));

    /// <summary>Bytes written (reports and PDFs).</summary>
    public long Bytes => Units.Sum(u => u.Bytes);
}
