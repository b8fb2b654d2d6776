namespace PerfEvalDocGen.Templates;

/// <summary>A template set in a folder on disk, as a maintainer edits it.</summary>
internal sealed class DirectoryTemplateSource(string directory) : ITemplateSource
{
    public string Describe(string relativePath) => Path.Combine(directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string? ReadText(string relativePath)
    {
        var path = Describe(relativePath);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
}
