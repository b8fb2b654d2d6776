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
    public static JObject Report(string? file, IReadOnlyList<Diagnostic> diagnostics) => DiagnosticReport.Json(file, diagnostics);

    public static string Serialize(JToken token) => token.ToString(Formatting.Indented);
}
