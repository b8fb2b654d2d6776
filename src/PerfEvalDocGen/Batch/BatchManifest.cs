using Newtonsoft.Json;
using PerfEvalDocGen.Generation;

namespace PerfEvalDocGen.Batch;

/// <summary>What the last batch into a folder wrote: per input, the fingerprint it was built from, its outputs and its figures.</summary>
internal sealed class BatchManifest
{
    public const string FileName = ".perfeval-batch.json";

    public string Tool { get; set; } = Hashing.ToolVersion;

    public SortedDictionary<string, BatchManifestEntry> Units { get; set; } = new(StringComparer.Ordinal);

    public static BatchManifest Load(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, FileName);
        if (!File.Exists(path))
        {
            return new BatchManifest();
        }
        try
        {
            return JsonConvert.DeserializeObject<BatchManifest>(File.ReadAllText(path)) ?? new BatchManifest();
        }
        catch (JsonException)
        {
            // A damaged manifest only costs a full regeneration.
            return new BatchManifest();
        }
    }

    /// <summary>
    /// Saves the manifest once everything the batch wrote is on the disk: the reports are renamed into place unflushed,
    /// and one flush of the file system here puts them all on the disk before the manifest vouches for them.
    /// </summary>
    public void Save(string outputDirectory) =>
        AtomicFile.Write(Path.Combine(outputDirectory, FileName), new System.Text.UTF8Encoding(false).GetBytes(JsonConvert.SerializeObject(this, Formatting.Indented)),
            WriteDurability.FlushFileSystem);
}
