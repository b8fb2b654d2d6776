namespace PerfEvalDocGen.Generation;

/// <summary>Writes a file through a temporary file in the same folder and a rename, so no reader ever sees half a file.</summary>
public static class AtomicFile
{
    /// <summary>Deletes temporary files that a killed run left in <paramref name="directory"/>: never renamed into place, their writer gone.</summary>
    public static void RemoveLeftovers(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            var parts = Path.GetFileName(file).Split('.');
            if (parts.Length < 4 || !int.TryParse(parts[^3], out var writer) || IsRunning(writer))
            {
                continue;
            }
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Another run may still be writing it.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
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
    internal static void Write(string path, byte[] content, WriteDurability durability)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
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
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
