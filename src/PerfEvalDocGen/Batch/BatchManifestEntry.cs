namespace PerfEvalDocGen.Batch;

/// <summary>One input's record in the batch manifest.</summary>
internal sealed class BatchManifestEntry
{
    public string Hash { get; set; } = "";

    public string Output { get; set; } = "";

    /// <summary>The report's size when written: a report that a power cut left short or empty is not taken as up to date.</summary>
    public long Bytes { get; set; }

    public string? Pdf { get; set; }
}
