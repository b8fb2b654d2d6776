using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PerfEvalDocGen.Storage;

/// <summary>
/// Puts many files on the disk with one flush rather than one per file. A batch writes its reports whole (temporary
/// file, then rename) without waiting for the disk, and flushes the file system once before it records them in its
/// manifest: a thousand journal commits become one.
/// </summary>
internal static class FileSystemFlush
{
    /// <summary>Whether one call can flush the whole file system (Linux <c>syncfs</c>); elsewhere each file is flushed as it is written.</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux();

    /// <summary>Flushes every file written so far on the file system that holds <paramref name="handle"/>'s file (only where <see cref="Available"/>).</summary>
    public static void FlushAll(SafeFileHandle handle)
    {
        if (SyncFs((int)handle.DangerousGetHandle()) != 0)
        {
            throw new IOException($"无法把文件写入磁盘（syncfs 错误 {Marshal.GetLastPInvokeError()}）。");
        }
    }

    [DllImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static extern int SyncFs(int fd);
}
