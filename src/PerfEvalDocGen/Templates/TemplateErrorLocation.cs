using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace PerfEvalDocGen.Templates;

/// <summary>Finds the line and column a template error points at.</summary>
internal static partial class TemplateErrorLocation
{
    public static (int Line, int Column) FromException(HandlebarsException e, string source)
    {
        var match = LocationPattern().Match(e.Message);
        if (match.Success)
        {
            // Handlebars.Net reports "line:column" with a zero-based line.
            return (int.Parse(match.Groups[1].Value) + 1, Math.Max(1, int.Parse(match.Groups[2].Value)));
        }
        var quoted = QuotedPattern().Match(e.Message);
        return quoted.Success ? Find(source, quoted.Groups[1].Value, null) : (1, 1);
    }

    public static string CleanMessage(string message) => LocationPattern().Replace(message, "").Trim();

    /// <summary>The first {{…}} expression naming <paramref name="path"/> (or its last segment); the runtime error itself carries no position.</summary>
    public static (int Line, int Column) Find(string source, string? path, string? key)
    {
        foreach (var needle in new[] { path, key })
        {
            if (string.IsNullOrEmpty(needle))
            {
                continue;
            }
            var index = source.IndexOf(needle, StringComparison.Ordinal);
            while (index >= 0)
            {
                var open = source.LastIndexOf("{{", index, StringComparison.Ordinal);
                var close = source.LastIndexOf("}}", index, StringComparison.Ordinal);
                if (open >= 0 && open > close)
                {
                    return LineColumn(source, index);
                }
                index = source.IndexOf(needle, index + 1, StringComparison.Ordinal);
            }
        }
        return (1, 1);
    }

    private static (int Line, int Column) LineColumn(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex LocationPattern();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedPattern();
}
