using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// What the batches into a folder wrote: per input, the fingerprint its report was made from and the hash of that report.
/// Written whole (temporary file, flush, rename) after the reports it names are on the disk; each entry is checked on
/// reading, and one that is damaged is dropped with a warning, which costs only that unit's regeneration.
/// </summary>
internal sealed class BatchManifest
{
    public const string FileName = ".perfeval-batch.json";

    public string Tool { get; set; } = Hashing.ToolVersion;

    /// <summary>The last run whose results were handed to the user (printed, written to --report).</summary>
    public long Reported { get; set; }

    public SortedDictionary<string, BatchManifestEntry> Units { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Reads the folder's manifest; what cannot be trusted is left out and explained in <paramref name="notes"/>.</summary>
    public static BatchManifest Load(string outputDirectory, ICollection<Diagnostic> notes)
    {
        var path = Path.Combine(outputDirectory, FileName);
        string text;
        try
        {
            using var stream = FileNode.OpenReadNoFollow(path);
            if (stream is null)
            {
                return new BatchManifest();
            }
            text = new StreamReader(stream).ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add(new Diagnostic(Severity.Warning, "PE411", $"无法读取批处理记录：{e.Message}；本次全部重新生成。", path));
            return new BatchManifest();
        }
        JObject root;
        try
        {
            root = JObject.Parse(text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonException e)
        {
            var (line, column) = e is JsonReaderException r ? (r.LineNumber, r.LinePosition) : (0, 0);
            notes.Add(new Diagnostic(Severity.Warning, "PE411", "批处理记录已损坏，本次全部重新生成。", path, line, column));
            return new BatchManifest();
        }
        var manifest = new BatchManifest { Reported = root["reported"] is JValue { Type: JTokenType.Integer } reported ? (long)reported : 0 };
        foreach (var unit in (root["units"] as JObject)?.Properties() ?? [])
        {
            if (Read(unit.Value) is { } entry)
            {
                manifest.Units[unit.Name] = entry;
            }
            else
            {
                var info = (IJsonLineInfo)unit;
                notes.Add(new Diagnostic(Severity.Warning, "PE411", $"批处理记录中“{unit.Name}”的条目不完整或有误，已忽略；该单位将重新生成。",
                    path, info.LineNumber, info.LinePosition, $"units.{unit.Name}"));
            }
        }
        return manifest;
    }

    /// <summary>Saves the manifest whole; <paramref name="durability"/> says whether the reports it names are flushed with it.</summary>
    public void Save(string outputDirectory, WriteDurability durability = WriteDurability.FlushFileSystem)
    {
        var settings = new JsonSerializerSettings { ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(), Formatting = Formatting.Indented };
        AtomicFile.Write(Path.Combine(outputDirectory, FileName), new System.Text.UTF8Encoding(false).GetBytes(JsonConvert.SerializeObject(this, settings)), durability);
    }

    /// <summary>An entry, or null when any of it is missing, mistyped, or names a file outside the folder.</summary>
    private static BatchManifestEntry? Read(JToken token)
    {
        if (token is not JObject o
            || Text(o, "hash") is not { Length: > 0 } hash
            || Text(o, "output") is not { } output || !IsPlainName(output)
            || Text(o, "sha256") is not { Length: 64 } sha
            || o["bytes"] is not JValue { Type: JTokenType.Integer } bytes
            || o["run"] is not JValue { Type: JTokenType.Integer } run)
        {
            return null;
        }
        var pdf = Text(o, "pdf");
        return new BatchManifestEntry
        {
            Hash = hash,
            Output = output,
            Sha256 = sha,
            Bytes = (long)bytes,
            Run = (long)run,
            Pdf = pdf is not null && IsPlainName(pdf) ? pdf : null,
            PdfSha256 = Text(o, "pdfSha256"),
            PdfOf = Text(o, "pdfOf"),
        };
    }

    private static string? Text(JObject o, string name) => o[name] is JValue { Type: JTokenType.String } v ? (string?)v : null;

    /// <summary>A name of a file directly in the folder: no separators, no "." or "..".</summary>
    internal static bool IsPlainName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', '\0']) < 0 && Path.GetFileName(name) == name;
}
