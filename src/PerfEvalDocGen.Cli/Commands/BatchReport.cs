using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Batch;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>Writes a batch's per-unit status, diagnostics, outputs, changes and timings as JSON (--report).</summary>
internal static class BatchReport
{
    /// <summary>The version `perfeval --version` prints: the tool's informational version.</summary>
    public static string ToolVersion { get; } =
        typeof(BatchReport).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
        ?? typeof(BatchReport).Assembly.GetName().Version?.ToString() ?? "";

    public static void Write(string path, BatchResult batch)
    {
        var report = new JObject
        {
            // The same text as `perfeval --version`; the build's fingerprint beside it tells two builds of one version apart.
            ["tool"] = ToolVersion,
            ["build"] = Hashing.ToolVersion,
            ["elapsedMilliseconds"] = Math.Round(batch.Elapsed.TotalMilliseconds, 1),
            ["generated"] = batch.Generated,
            ["upToDate"] = batch.UpToDate,
            ["failed"] = batch.Failed,
            ["warnings"] = batch.Warnings,
            ["diagnostics"] = DiagnosticPrinter.Json("", batch.Diagnostics)["diagnostics"],
            ["bytes"] = batch.Bytes,
            ["units"] = new JArray(batch.Units.Select(u => new JObject
            {
                ["input"] = u.Input,
                ["status"] = u.Status switch { BatchStatus.Generated => "generated", BatchStatus.UpToDate => "up-to-date", _ => "failed" },
                ["output"] = u.Output,
                ["pdf"] = u.Pdf,
                ["milliseconds"] = Math.Round(u.Elapsed.TotalMilliseconds, 1),
                ["bytes"] = u.Bytes,
                ["changesLost"] = u.ChangesLost,
                ["changes"] = new JArray(u.Changes.Select(c => new JObject { ["path"] = c.JsonPath, ["label"] = c.Label, ["before"] = c.Before, ["after"] = c.After })),
                ["diagnostics"] = DiagnosticPrinter.Json(u.Input, u.Diagnostics)["diagnostics"],
            })),
        };
        AtomicFile.Write(path, new System.Text.UTF8Encoding(false).GetBytes(report.ToString(Formatting.Indented)));
    }
}
