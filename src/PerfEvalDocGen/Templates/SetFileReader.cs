using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Reads a template set's files from its folder, and only from there: a name with "..", or a link (anywhere in the
/// path) that leads outside the folder, is refused, as is anything but a regular file (a FIFO would hang the run, a
/// device never ends) and a file past <see cref="MaxBytes"/>.
/// </summary>
internal sealed class SetFileReader
{
    /// <summary>The largest template file read: templates are a few kilobytes, a megabyte is far beyond any real one.</summary>
    public const long MaxBytes = 1024 * 1024;

    private readonly string folder;
    private readonly string resolvedFolder;

    public SetFileReader(string folder)
    {
        this.folder = Path.GetFullPath(folder);
        resolvedFolder = FileNode.Resolve(this.folder) ?? this.folder;
    }

    /// <summary>The file's text (a byte-order mark decides the encoding, UTF-8 otherwise), or null when there is no such file.</summary>
    public string? ReadText(string relativePath, string shownAs)
    {
        if (ReadBytes(relativePath, shownAs) is not { } bytes)
        {
            return null;
        }
        if (!TextFileCheck.Applies(relativePath))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        return TextFileCheck.Decode(bytes, relativePath, shownAs);
    }

    /// <summary>The file's bytes, or null when there is no such file; refused as <see cref="ReadText"/> refuses.</summary>
    public byte[]? ReadBytes(string relativePath, string shownAs)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        var (kind, _) = FileNode.Inspect(path, followLinks: false);
        if (kind == FileNode.Kind.Missing)
        {
            return null;
        }
        var resolved = FileNode.Resolve(path);
        if (resolved is null || !Inside(path, folder) || !Inside(resolved, resolvedFolder))
        {
            throw Refused("PE414", shownAs, $"模板集文件“{relativePath}”指向模板目录之外{(resolved is null ? "（链接无法解析）" : $"（{resolved}）")}，未读取。",
                "模板集只能使用其目录中的文件：把该文件复制进模板目录，或改正 manifest.json 中的名称。");
        }
        var (targetKind, size) = FileNode.Inspect(resolved, followLinks: true);
        if (targetKind != FileNode.Kind.File)
        {
            throw Refused("PE415", shownAs, $"模板集中的“{relativePath}”不是普通文件（{(targetKind == FileNode.Kind.Directory ? "是目录" : "是管道、设备或套接字")}），未读取。",
                "模板集目录中只放模板文本文件。");
        }
        if (size > MaxBytes)
        {
            throw TooLarge(relativePath, shownAs);
        }
        using var stream = new FileStream(resolved, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[MaxBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }
        if (read > MaxBytes)
        {
            throw TooLarge(relativePath, shownAs);
        }
        return buffer.AsSpan(0, read).ToArray();
    }

    private static bool Inside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static PerfEvalException TooLarge(string relativePath, string shownAs) =>
        Refused("PE416", shownAs, $"模板集文件“{relativePath}”超过 {MaxBytes / 1024 / 1024} MB，未读取。", "检查该文件是否放错了位置；模板文件通常只有几 KB。");

    private static PerfEvalException Refused(string code, string shownAs, string message, string suggestion) =>
        new(new Diagnostic(Severity.Error, code, message, shownAs, Suggestion: suggestion));
}
