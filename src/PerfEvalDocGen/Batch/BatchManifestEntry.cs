namespace PerfEvalDocGen.Batch;

/// <summary>
/// One input's record in the batch manifest. It states a fact that stays true whatever happens to the folder: data,
/// templates and tool with fingerprint <see cref="Hash"/> make a report whose bytes hash to <see cref="Sha256"/>. A run
/// skips the unit only when the report on disk still hashes to that value, so a report rewritten by a killed run,
/// damaged in place or swapped with another is regenerated.
/// </summary>
internal sealed class BatchManifestEntry
{
    /// <summary>The fingerprint of everything the report is made from (tool, templates, options, data text).</summary>
    public string Hash { get; set; } = "";

    /// <summary>The report's file name in the output folder (never a path).</summary>
    public string Output { get; set; } = "";

    /// <summary>The report's size when written.</summary>
    public long Bytes { get; set; }

    /// <summary>SHA-256 of the report's bytes as written.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The run that wrote the report: a run not yet reported to the user still owes its list of changes.</summary>
    public long Run { get; set; }

    /// <summary>The PDF's file name, when one was made.</summary>
    public string? Pdf { get; set; }

    /// <summary>SHA-256 of the PDF's bytes.</summary>
    public string? PdfSha256 { get; set; }

    /// <summary>The <see cref="Sha256"/> of the report the PDF was made from: a PDF of an older report is not current.</summary>
    public string? PdfOf { get; set; }
}
