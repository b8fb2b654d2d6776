namespace PerfEvalDocGen.Batch;

/// <summary>A whole batch: every unit's outcome, in input order, and the time taken.</summary>
public sealed record BatchResult(IReadOnlyList<BatchUnitResult> Units, TimeSpan Elapsed)
{
    /// <summary>Units whose report was written.</summary>
    public int Generated => Units.Count(u => u.Status == BatchStatus.Generated);

    /// <summary>Units skipped as up to date.</summary>
    public int UpToDate => Units.Count(u => u.Status == BatchStatus.UpToDate);

    /// <summary>Units that failed.</summary>
    public int Failed => Units.Count(u => u.Status == BatchStatus.Failed);

    /// <summary>Bytes written (reports and PDFs).</summary>
    public long Bytes => Units.Sum(u => u.Bytes);
}
