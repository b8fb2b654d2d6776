using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PerfEvalDocGen.Storage;

/// <summary>
/// What the .NET file API cannot say or do without a race: what kind of thing a path is (a FIFO or a device looks like a
/// file to it), opening a file without following a link in its place, and a path with every link resolved. On Linux
/// through the C library; elsewhere through the nearest managed equivalent.
/// </summary>
internal static class FileNode
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ModeType = 0xF000;
    private const int ELoop = 40;

    /// <summary>The kinds of file system entries the tool tells apart.</summary>
    public enum Kind
    {
        /// <summary>Nothing at the path.</summary>
        Missing,

        /// <summary>A regular file.</summary>
        File,

        /// <summary>A folder.</summary>
        Directory,

        /// <summary>A symbolic link (only when links are not followed).</summary>
        Link,

        /// <summary>A FIFO, socket or device: reading it may never end.</summary>
        Special,
    }

    /// <summary>What is at <paramref name="path"/> and its size; <paramref name="followLinks"/> says whether a link counts as what it points to.</summary>
    public static (Kind Kind, long Size) Inspect(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return InspectManaged(path, followLinks);
        }
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxSize, buffer) != 0)
        {
            return (Kind.Missing, 0);
        }
        // struct statx: stx_mode (u16) at offset 28, stx_size (u64) at offset 40, the same on every Linux architecture.
        var mode = BitConverter.ToUInt16(buffer, 28);
        var size = BitConverter.ToInt64(buffer, 40);
        return ((mode & ModeType) switch
        {
            0x8000 => Kind.File,
            0x4000 => Kind.Directory,
            0xA000 => Kind.Link,
            _ => Kind.Special,
        }, size);
    }

    /// <summary>
    /// Opens <paramref name="path"/> for writing (creating it when missing) but never through a link: a link in its place
    /// is an <see cref="IOException"/>. The file is neither emptied nor cut.
    /// </summary>
    public static FileStream OpenWriteNoFollow(string path) => OpenNoFollow(path, write: true)!;

    /// <summary>Opens <paramref name="path"/> for reading, never through a link; null when there is no such file.</summary>
    public static FileStream? OpenReadNoFollow(string path) => OpenNoFollow(path, write: false);

    /// <summary>The path with every link in it resolved (the file need not exist, its folder must); null when it cannot be resolved.</summary>
    public static string? Resolve(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return Path.GetFullPath(path);
        }
        var resolved = RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    private static FileStream? OpenNoFollow(string path, bool write)
    {
        if (!OperatingSystem.IsLinux())
        {
            var (kind, _) = InspectManaged(path, followLinks: false);
            if (kind == Kind.Link)
            {
                throw new IOException($"“{path}”是一个符号链接，为免写到别处，未使用它。");
            }
            if (!write && kind == Kind.Missing)
            {
                return null;
            }
            return new FileStream(path, write ? FileMode.OpenOrCreate : FileMode.Open, write ? FileAccess.ReadWrite : FileAccess.Read, FileShare.ReadWrite);
        }
        // O_NOFOLLOW differs between architectures; O_CREAT and O_CLOEXEC do not.
        var noFollow = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;
        var flags = (write ? 0x2 | 0x40 : 0x0) | noFollow | 0x80000 | 0x800;
        var fd = Open(path, flags, Convert.ToInt32("644", 8));
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (!write && errno == 2)
            {
                return null;
            }
            throw errno == ELoop
                ? new IOException($"“{path}”是一个符号链接，为免写到别处，未使用它。")
                : new IOException($"无法打开“{path}”：{Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (Inspect(path, followLinks: false).Kind != Kind.File)
        {
            handle.Dispose();
            throw new IOException($"“{path}”不是普通文件，未使用它。");
        }
        // Opened without blocking so a FIFO put in its place cannot hang the run; regular files never block anyway.
        return new FileStream(handle, write ? FileAccess.ReadWrite : FileAccess.Read);
    }

    private static (Kind, long) InspectManaged(string path, bool followLinks)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists)
        {
            info = new DirectoryInfo(path);
        }
        if (!info.Exists && info.LinkTarget is null)
        {
            return (Kind.Missing, 0);
        }
        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return (Kind.Link, 0);
            }
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return (Kind.Missing, 0);
            }
            info = target;
        }
        return info is FileInfo file ? (Kind.File, file.Length) : (Kind.Directory, 0);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
