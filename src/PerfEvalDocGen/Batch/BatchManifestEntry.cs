namespace PerfEvalDocGen.Batch;

/// <summary>One input's record in the batch manifest.</summary>
internal sealed class BatchManifestEntry
{
    public string Hash { get; set; } = "";

    public string Output { get; set; } = "";

    public string? Pdf { get; set; }
}
