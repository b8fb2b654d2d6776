using System.Text.RegularExpressions;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Batch;

/// <summary>Turns the inputs a user names — files, folders (their *.json, recursively) and globs (*, ?, **) — into data files.</summary>
public static class InputResolver
{
    /// <summary>The data files, full paths, sorted and without repeats; throws when an input matches nothing.</summary>
    public static IReadOnlyList<string> Resolve(IEnumerable<string> inputs, string? excludeDirectory = null)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<Diagnostic>();
        foreach (var input in inputs)
        {
            var found = Expand(input).Where(f => excludeDirectory is null || !IsUnder(f, excludeDirectory)).ToList();
            if (found.Count == 0)
            {
                missing.Add(new Diagnostic(Severity.Error, "PE100", $"“{input}”没有对应的数据文件（*.json）。", input));
            }
            files.UnionWith(found);
        }
        return missing.Count > 0 ? throw new PerfEvalException(missing) : files.ToList();
    }

    private static IEnumerable<string> Expand(string input)
    {
        if (File.Exists(input))
        {
            return [Path.GetFullPath(input)];
        }
        if (Directory.Exists(input))
        {
            return Directory.EnumerateFiles(input, "*.json", SearchOption.AllDirectories).Select(Path.GetFullPath);
        }
        if (input.IndexOfAny(['*', '?']) < 0)
        {
            return [];
        }
        // The fixed part of the pattern is where the search starts; the rest is matched against relative paths.
        var full = Path.GetFullPath(input).Replace('\\', '/');
        var firstWild = full.IndexOfAny(['*', '?']);
        var root = full[..(full.LastIndexOf('/', firstWild) + 1)];
        if (!Directory.Exists(root))
        {
            return [];
        }
        var pattern = new Regex("^" + Regex.Escape(full[root.Length..])
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => pattern.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Select(Path.GetFullPath);
    }

    private static bool IsUnder(string file, string directory) =>
        Path.GetFullPath(file).StartsWith(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
