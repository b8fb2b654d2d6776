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
    /// costs the list of changes for that unit, while a report is always written whole.
    /// </summary>
    public void Save(string input, SortedDictionary<string, string> figures)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(PathFor(input), JsonConvert.SerializeObject(figures));
    }

    private string PathFor(string input) => Path.Combine(folder, Hashing.Of([input])[..24] + ".json");
}
