namespace PerfEvalDocGen.Storage;

/// <summary>Why a file could not be written, in words a user can act on rather than the system's English.</summary>
public static class WriteFailure
{
    /// <summary>The reason for <paramref name="error"/> (an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>), in Chinese.</summary>
    public static string Describe(Exception error)
    {
        // On Unix the runtime puts the system's error number in HResult.
        var reason = error.HResult switch
        {
            28 => "磁盘空间已满",
            30 => "所在位置为只读",
            13 or 1 => "没有写入权限",
            122 => "超出磁盘配额",
            36 => "文件名过长",
            40 => "路径中有循环的符号链接",
            2 => "所在目录不存在",
            20 => "路径中有一项不是目录",
            21 => "同名的目录已存在",
            17 => "同名的文件已存在，不能用作文件夹",
            _ => null,
        };
        reason ??= error switch
        {
            UnauthorizedAccessException => "没有写入权限或所在位置为只读",
            PathTooLongException => "路径过长",
            DirectoryNotFoundException => "所在目录不存在",
            _ when error.Message.Contains("symbolic link", StringComparison.OrdinalIgnoreCase) || error.Message.Contains("符号链接", StringComparison.Ordinal) => "该位置是一个符号链接，为免写到别处而未使用",
            _ when error.Message.Any(c => c >= 0x4E00 && c <= 0x9FFF) => error.Message,
            _ => "文件系统拒绝写入",
        };
        return reason;
    }
}
