using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>Prints diagnostics MSBuild-style (editors link to the spot) or as JSON for tools.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>The most diagnostics printed as text for one file; a file with thousands of bad rows gets a count of the rest.</summary>
    public const int TextLimit = 200;

    public static void Text(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        var count = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (++count <= TextLimit)
            {
                writer.WriteLine(diagnostic);
            }
        }
        if (count > TextLimit)
        {
            writer.WriteLine($"……另有 {count - TextLimit} 条诊断未显示（共 {count} 条；perfeval validate --format json 可输出全部）。");
        }
    }

    public static JObject Json(string file, IReadOnlyList<Diagnostic> diagnostics) => DiagnosticReport.Json(file, diagnostics);

    public static string Serialize(JToken token) => token.ToString(Formatting.Indented);

    public static int ExitCode(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        return list.Any(d => d.Severity == Severity.Error) ? ExitCodes.Errors
            : list.Count > 0 ? ExitCodes.Warnings
            : ExitCodes.Success;
    }
}
