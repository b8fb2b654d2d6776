namespace PerfEvalDocGen.Web.Tests.Support;

/// <summary>Locates the repository's folders from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static IEnumerable<string> Examples() => Directory.GetFiles(Path.Combine(Root, "examples"), "*.json").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfEvalDocGen.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("PerfEvalDocGen.sln not found above " + AppContext.BaseDirectory);
    }
}
