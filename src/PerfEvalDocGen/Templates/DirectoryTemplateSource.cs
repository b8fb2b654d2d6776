namespace PerfEvalDocGen.Templates;

/// <summary>A template set in a folder on disk, as a maintainer edits it; every file is read through <see cref="SetFileReader"/>.</summary>
internal sealed class DirectoryTemplateSource(string directory) : ITemplateSource
{
    private readonly SetFileReader reader = new(directory);

    public string Describe(string relativePath) => Path.Combine(directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string? ReadText(string relativePath) => reader.ReadText(relativePath.Replace('/', Path.DirectorySeparatorChar), Describe(relativePath));

    public byte[]? ReadBytes(string relativePath) => reader.ReadBytes(relativePath.Replace('/', Path.DirectorySeparatorChar), Describe(relativePath));

    /// <summary>The set's files; folders reached through links are not entered (a link loop would never end), files behind links are listed and checked on reading.</summary>
    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = 0,
                IgnoreInaccessible = false,
            })
            .Where(f => !InsideLinkedFolder(f))
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    private bool InsideLinkedFolder(string file)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > directory.TrimEnd(Path.DirectorySeparatorChar).Length; folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return true;
            }
        }
        return false;
    }
}
