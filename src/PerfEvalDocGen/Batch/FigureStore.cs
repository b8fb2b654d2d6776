using Newtonsoft.Json;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Storage;

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
        if (usable)
        {
            RemovePending();
        }
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
        // A link in a record's place is not the tool's: the link itself is removed (never what it points to) and a
        // record made in its place. A record that cannot be written only costs the next run's list of changes, which
        // it then says is lost.
        return Write(PathFor(input), record);
    }

    /// <summary>
    /// Parks a unit's new figures on the disk between the two steps of a run (check and generate, then commit), so a
    /// batch of any size holds none of them in memory; null when they could not be parked.
    /// </summary>
    public bool Park(string input, FigureRecord record) => usable && Write(PendingPathFor(input), record);

    /// <summary>Takes back the figures <see cref="Park"/> left for the unit, removing them; null when there are none.</summary>
    public FigureRecord? Unpark(string input)
    {
        if (!usable)
        {
            return null;
        }
        var path = PendingPathFor(input);
        try
        {
            using (var stream = FileNode.OpenReadNoFollow(path))
            {
                if (stream is null)
                {
                    return null;
                }
                return JsonConvert.DeserializeObject<FigureRecord>(new StreamReader(stream).ReadToEnd());
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            DeleteQuietly(path);
        }
    }

    /// <summary>Removes parked figures of a unit that will not be committed.</summary>
    public void Discard(string input)
    {
        if (usable)
        {
            DeleteQuietly(PendingPathFor(input));
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next run.
        }
    }

    private void RemovePending()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*" + PendingSuffix))
            {
                DeleteQuietly(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed is reported when records are written.
        }
    }

    private static bool Write(string path, FigureRecord record)
    {
        try
        {
            if (FileNode.Inspect(path, followLinks: false).Kind is FileNode.Kind.Link)
            {
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
            return false;
        }
    }

    private const string PendingSuffix = ".next.json";

    private string PathFor(string input) => Path.Combine(folder, Hashing.Of([input])[..24] + ".json");

    private string PendingPathFor(string input) => Path.Combine(folder, Hashing.Of([input])[..24] + PendingSuffix);
}
