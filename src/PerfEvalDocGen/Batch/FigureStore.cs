using Newtonsoft.Json;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// Each unit's figures from its last generation, one small file per input under the output folder, so a batch
/// of any size holds only the unit in hand in memory. Records are opened without following links, and a folder that
/// is not a plain folder of the tool's is left alone: the run then lists no changes and says so.
/// </summary>
internal sealed class FigureStore
{
    public const string FolderName = ".perfeval-figures";

    private readonly string folder;
    private readonly bool usable;

    public FigureStore(string outputDirectory, ICollection<Diagnostic> notes)
    {
        folder = Path.Combine(outputDirectory, FolderName);
        var (kind, _) = FileNode.Inspect(folder, followLinks: false);
        try
        {
            if (kind == FileNode.Kind.Missing)
            {
                Directory.CreateDirectory(folder);
                kind = FileNode.Kind.Directory;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add(new Diagnostic(Severity.Warning, "PE412", $"无法建立数字变化记录目录（{WriteFailure.Describe(e)}），本次不列出数字变化。", folder));
            return;
        }
        usable = kind == FileNode.Kind.Directory;
        if (!usable)
        {
            var what = kind switch { FileNode.Kind.Link => "一个符号链接", FileNode.Kind.File => "一个文件", _ => "一个特殊文件" };
            notes.Add(new Diagnostic(Severity.Warning, "PE412", $"“{FolderName}”是{what}而不是目录，为免写到别处未使用它，本次不列出数字变化。", folder,
                Suggestion: $"删除或移走“{folder}”，下次运行会重新建立。"));
        }
    }

    /// <summary>Whether records can be kept at all in this run.</summary>
    public bool Usable => usable;

    /// <summary>The unit's record; <c>Damaged</c> when one exists but cannot be read (its list of changes is lost).</summary>
    public (FigureRecord? Record, bool Damaged) Load(string input)
    {
        if (!usable)
        {
            return (null, false);
        }
        try
        {
            using var stream = FileNode.OpenReadNoFollow(PathFor(input));
            if (stream is null)
            {
                return (null, false);
            }
            var record = JsonConvert.DeserializeObject<FigureRecord>(new StreamReader(stream).ReadToEnd());
            return record is null ? (null, true) : (record, false);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return (null, true);
        }
    }

    /// <summary>
    /// Saves the unit's record. Written in place, neither renamed nor flushed: a torn record reads as damaged and only
    /// costs the list of changes for that unit (which the next run then says is lost), while a report is always
    /// written whole. The old record is overwritten and cut to the new length rather than emptied first: on ext4 a file
    /// emptied and rewritten is pushed to the disk as it is closed, which for a thousand records costs more than writing them.
    /// </summary>
    public bool Save(string input, FigureRecord record)
    {
        if (!usable)
        {
            return false;
        }
        var path = PathFor(input);
        try
        {
            if (FileNode.Inspect(path, followLinks: false).Kind is FileNode.Kind.Link)
            {
                // Not the tool's: the link itself is removed (never what it points to) and a record made in its place.
                File.Delete(path);
            }
            var content = new System.Text.UTF8Encoding(false).GetBytes(JsonConvert.SerializeObject(record));
            using var stream = FileNode.OpenWriteNoFollow(path);
            stream.Write(content);
            stream.SetLength(content.Length);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The report is written; only the next run's list of changes for this unit is at stake, and it will say so.
            return false;
        }
    }

    private string PathFor(string input) => Path.Combine(folder, Hashing.Of([input])[..24] + ".json");
}
