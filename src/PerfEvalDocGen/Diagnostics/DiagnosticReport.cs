using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Diagnostics;

/// <summary>
/// One file's diagnostics as JSON, the shape <c>perfeval validate --format json</c> prints and the web API answers with,
/// so a script reads both alike.
/// </summary>
public static class DiagnosticReport
{
    /// <summary>{ file, errors, warnings, diagnostics: [{ severity, code, message, file, line, column, path, suggestion }] }.</summary>
    public static JObject Json(string? file, IReadOnlyList<Diagnostic> diagnostics) => new(
        new JProperty("file", file),
        new JProperty("errors", diagnostics.Count(d => d.Severity == Severity.Error)),
        new JProperty("warnings", diagnostics.Count(d => d.Severity == Severity.Warning)),
        new JProperty("diagnostics", new JArray(diagnostics.Select(d => new JObject(
            new JProperty("severity", d.Severity == Severity.Error ? "error" : "warning"),
            new JProperty("code", d.Code),
            new JProperty("message", d.Message),
            new JProperty("file", d.File),
            new JProperty("line", d.Line),
            new JProperty("column", d.Column),
            new JProperty("path", d.JsonPath),
            new JProperty("suggestion", d.Suggestion))))));
}
