using Newtonsoft.Json;
using PerfEvalDocGen.Generation;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// Each unit's figures from its last generation, one small file per input under the output folder, so a batch
/// of any size holds only the unit in hand in memory.
/// </summary>
internal sealed class FigureStore(string outputDirectory)
{
    public const string FolderName = ".perfeval-figures";

    private readonly string folder = Path.Combine(outputDirectory, FolderName);
    private bool folderMade;

    public SortedDictionary<string, string>? Load(string input)
    {
        var path = PathFor(input);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonConvert.DeserializeObject<SortedDictionary<string, string>>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            // A damaged record only costs the list of changes for this unit.
            return null;
        }
    }

    /// <summary>
    /// Saves the unit's figures. Written in place, neither renamed nor flushed: a torn record reads as damaged and only
    /// costs the list of changes for that unit, while a report is always written whole. The old record is overwritten
    /// and cut to the new length rather than emptied first: on ext4 a file emptied and rewritten is pushed to the disk
    /// as it is closed, which for a thousand records costs more than writing them.
    /// </summary>
    public void Save(string input, SortedDictionary<string, string> figures)
    {
        if (!folderMade)
        {
            // Racing workers may both create it: CreateDirectory is a no-op for a folder that exists.
            Directory.CreateDirectory(folder);
            folderMade = true;
        }
        var content = new System.Text.UTF8Encoding(false).GetBytes(JsonConvert.SerializeObject(figures));
        using var stream = new FileStream(PathFor(input), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.SetLength(content.Length);
    }

    private string PathFor(string input) => Path.Combine(folder, Hashing.Of([input])[..24] + ".json");
}
