namespace PerfEvalDocGen.Reference;

/// <summary>The reference document's place in a template set.</summary>
public static class ReferenceDocument
{
    /// <summary>The file's name in a set's folder.</summary>
    public const string FileName = "样式参考.docx";

    /// <summary>The largest reference document read, packed (the file) and unpacked (all its parts together).</summary>
    internal const long MaxUnpackedBytes = 32L * 1024 * 1024;
}
