namespace PerfEvalDocGen.Tests.Support;

/// <summary>Locates the repository's folders from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Example(string name) => Path.Combine(Examples, name);

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
