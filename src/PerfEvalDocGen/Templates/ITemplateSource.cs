namespace PerfEvalDocGen.Templates;

/// <summary>Where a template set's files come from: the assembly or a folder.</summary>
internal interface ITemplateSource
{
    /// <summary>The path shown in diagnostics for a file of the set.</summary>
    string Describe(string relativePath);

    /// <summary>The file's text, or null when the set has no such file.</summary>
    string? ReadText(string relativePath);

    /// <summary>The file's bytes, or null when the set has no such file (the reference document is not text).</summary>
    byte[]? ReadBytes(string relativePath);

    /// <summary>Every file of the set, as relative paths with '/'.</summary>
    IEnumerable<string> Files();
}
