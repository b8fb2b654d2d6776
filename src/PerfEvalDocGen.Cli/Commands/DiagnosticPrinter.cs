using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>Prints diagnostics MSBuild-style (editors link to the spot) or as JSON for tools.</summary>
internal static class DiagnosticPrinter
{
    public static void Text(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic);
        }
    }

    public static JObject Json(string file, IReadOnlyList<Diagnostic> diagnostics) => new(
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

    public static int ExitCode(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        return list.Any(d => d.Severity == Severity.Error) ? ExitCodes.Errors
            : list.Count > 0 ? ExitCodes.Warnings
            : ExitCodes.Success;
    }
}
