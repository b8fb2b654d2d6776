namespace PerfEvalDocGen.Storage;

/// <summary>Writes a file through a temporary file in the same folder and a rename, so no reader ever sees half a file.</summary>
public static class AtomicFile
{
    /// <summary>Deletes temporary files that a killed run left in <paramref name="directory"/>: never renamed into place, their writer gone.</summary>
    public static void RemoveLeftovers(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            var parts = Path.GetFileName(file).Split('.');
            if (parts.Length < 4 || !int.TryParse(parts[^3], System.Globalization.CultureInfo.InvariantCulture, out var writer) || IsRunning(writer))
            {
                continue;
            }
            try
            {
                // A link is removed itself, never what it points to.
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run may still be writing it, or the folder is read-only: the file is harmless where it is.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>, replacing any existing file only once the new one is complete and on the disk.</summary>
    public static void Write(string path, byte[] content) => Write(path, content, WriteDurability.FlushFile);

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> through a temporary file and a rename, so that a
    /// reader (or a killed writer) never leaves half a file; <paramref name="durability"/> says how it reaches the disk.
    /// </summary>
    internal static void Write(string path, byte[] content, WriteDurability durability) =>
        Commit(WriteTemporary(path, content, durability), path);

    /// <summary>
    /// Writes <paramref name="content"/> to a new temporary file beside <paramref name="path"/> and returns its path; it
    /// reaches <paramref name="path"/> only through <see cref="Commit"/>. The temporary file is created exclusively, so a
    /// link planted under its name is never followed, and a killed run's leftovers are removed by <see cref="RemoveLeftovers"/>.
    /// </summary>
    internal static string WriteTemporary(string path, byte[] content, WriteDurability durability)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(content);
            switch (durability)
            {
                case WriteDurability.FlushFileSystem when FileSystemFlush.Available:
                    stream.Flush();
                    FileSystemFlush.FlushAll(stream.SafeFileHandle);
                    break;
                case WriteDurability.Deferred when FileSystemFlush.Available:
                    break;
                default:
                    stream.Flush(flushToDisk: true);
                    break;
            }
        }
        catch
        {
            Discard(temporary);
            throw;
        }
        return temporary;
    }

    /// <summary>Renames a temporary file from <see cref="WriteTemporary"/> into place: a link at <paramref name="path"/> is replaced, not followed.</summary>
    internal static void Commit(string temporary, string path)
    {
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    /// <summary>Deletes a temporary file that will not be used, if it can.</summary>
    internal static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's RemoveLeftovers.
        }
    }
}
