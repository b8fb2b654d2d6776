using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Generation;

/// <summary><c>perfeval templates export</c>: a built-in set's files, its reference document and its sample unit, into a folder.</summary>
public static class TemplateExport
{
    /// <summary>Writes the set <paramref name="name"/> into <paramref name="directory"/>; the paths written.</summary>
    public static IReadOnlyList<string> Export(string name, string directory) =>
        TemplateSet.ExportEmbedded(name, directory, set => ReferenceSample.Write(set.Look.Layout));
}
