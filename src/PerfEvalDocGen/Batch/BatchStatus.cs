namespace PerfEvalDocGen.Batch;

/// <summary>What happened to one unit in a batch.</summary>
public enum BatchStatus
{
    /// <summary>The report was written (new or changed).</summary>
    Generated,

    /// <summary>Data, templates and tool are unchanged since the last run and the report is there: skipped.</summary>
    UpToDate,

    /// <summary>The unit's data or templates have errors; nothing was written for it.</summary>
    Failed,
}
