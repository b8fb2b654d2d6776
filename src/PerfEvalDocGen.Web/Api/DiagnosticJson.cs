using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Web.Api;

/// <summary>
/// Diagnostics in the shape <c>perfeval validate --format json</c> prints for one file, so a script reads the API's
/// answers and the command's output alike (a test compares the two).
/// </summary>
internal static class DiagnosticJson
{
    public static JObject Report(string? file, IReadOnlyList<Diagnostic> diagnostics) => new(
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

    public static string Serialize(JToken token) => token.ToString(Formatting.Indented);
}
