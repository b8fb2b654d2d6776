using System.Globalization;

namespace PerfEvalDocGen.Diagnostics;

/// <summary>One problem a user can cause, with where it is and, where there is one, how to fix it.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code: PE1xx structure, PE2xx arithmetic, PE3xx templates, PE4xx output.</param>
/// <param name="Message">The message, in Chinese.</param>
/// <param name="File">The file the problem is in, when there is one.</param>
/// <param name="Line">1-based line in <paramref name="File"/>, or 0 when unknown.</param>
/// <param name="Column">1-based column in <paramref name="File"/>, or 0 when unknown.</param>
/// <param name="JsonPath">The JSON path of the value, for data problems.</param>
/// <param name="Suggestion">A suggested fix, in Chinese.</param>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string Message,
    string? File = null,
    int Line = 0,
    int Column = 0,
    string? JsonPath = null,
    string? Suggestion = null)
{
    /// <summary>Formats the diagnostic MSBuild-style, <c>file(line,col): error CODE: message</c>, so editors link to the spot.</summary>
    public override string ToString()
    {
        var location = File is null ? "perfeval"
            : Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column})")
            : File;
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{location}: {severity} {Code}: {Message}";
        if (JsonPath is { Length: > 0 })
        {
            text += $" [{JsonPath}]";
        }
        if (Suggestion is { Length: > 0 })
        {
            text += $" 建议：{Suggestion}";
        }
        return text;
    }
}
