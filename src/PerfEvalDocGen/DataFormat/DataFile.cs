using System.Text;
using System.Text.Unicode;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.DataFormat;

/// <summary>
/// Reads a data file's bytes into text. UTF-8 (with or without BOM) is the data format's encoding. UTF-16 and UTF-32,
/// with a BOM or without one (a JSON file's ASCII braces and quotes leave zero bytes that say which), decode one way only,
/// so they are read with a warning. Anything else is refused: bytes that are not UTF-8 may be GBK, Big5 or a damaged
/// file, and guessing wrong would print mojibake in a signed report and in its file name; the message names the likely
/// encoding and how to convert.
/// </summary>
internal static class DataFile
{
    /// <summary>The largest data file read (a unit's data is some tens of kilobytes; this leaves room for very long lists).</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    private const string Encoding = "PE138";
    private const string OtherEncoding = "PE139";
    private const string Convert = "用记事本打开，“另存为”时在“编码”中选 UTF-8；或在命令行：iconv -f GB18030 -t UTF-8 原文件.json > 新文件.json。";

    /// <summary>Reads the file at <paramref name="path"/>; never throws for a missing, unreadable or odd file.</summary>
    public static DataText Read(string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return Fail(path, "这是一个文件夹，不是数据文件。", "给出 .json 数据文件的路径；批量处理文件夹请用 perfeval batch。");
            }
            if (Storage.FileNode.Inspect(path, followLinks: true).Kind == Storage.FileNode.Kind.Special)
            {
                // A FIFO or a device named *.json would never end.
                return Fail(path, "数据文件不是普通文件（是管道、设备或套接字），未读取。", "给出 .json 数据文件的路径。");
            }
            // An empty file needs no read (and where links or a race hide a FIFO, its zero length keeps it unopened).
            if (new FileInfo(path) is { Exists: true, Length: 0 })
            {
                return new DataText("", []);
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            bytes = ReadAll(stream);
        }
        catch (FileTooLarge)
        {
            return Fail(path, $"文件超过 {MaxBytes / 1024 / 1024} MB，不是一个单位的数据文件。", "检查文件路径是否正确。");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(path, "数据文件不存在。", "检查文件名和路径（可用 Tab 键补全）。");
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(path, "没有读取该文件的权限。", "检查文件权限，或复制一份到自己的文件夹再处理。");
        }
        catch (PathTooLongException)
        {
            return Fail(path, "文件路径过长。", "把文件移到路径较短的文件夹中。");
        }
        catch (IOException e)
        {
            return Fail(path, $"无法读取数据文件（系统错误 0x{e.HResult:X8}）。", "检查文件是否被其他程序占用、磁盘是否正常。");
        }
        return Decode(bytes, path);
    }

    /// <summary>Decodes a data file's bytes; <paramref name="file"/> names it in diagnostics.</summary>
    public static DataText Decode(byte[] bytes, string file)
    {
        if (Binary(bytes) is { } kind)
        {
            return Fail(file, $"这是{kind}，不是 JSON 文本数据文件。", "数据文件是用 perfeval init 生成、以 UTF-8 保存的 .json 文本文件。", Encoding);
        }
        var (name, encoding, skip) = Detect(bytes);
        if (encoding is null)
        {
            return Utf8(bytes, file, skip);
        }
        try
        {
            var text = encoding.GetString(bytes, skip, bytes.Length - skip);
            return new DataText(text, [new Diagnostic(Severity.Warning, OtherEncoding, $"文件以 {name} 编码保存（不是 UTF-8），已按该编码读取。", file, 1, 1, null,
                "建议另存为 UTF-8 编码（记事本“另存为”时在“编码”中选 UTF-8），其他软件才能正确读取。")]);
        }
        catch (DecoderFallbackException)
        {
            return Fail(file, $"文件看起来是 {name} 编码，但其中有无法按 {name} 解读的字节。", "用编辑器以 UTF-8 编码重新保存该文件。", Encoding);
        }
    }

    private static DataText Utf8(byte[] bytes, string file, int skip)
    {
        var body = bytes.AsSpan(skip);
        var status = System.Text.Unicode.Utf8.ToUtf16(body, new char[body.Length], out var read, out _, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            var text = System.Text.Encoding.UTF8.GetString(body);
            return text.Contains('\0')
                ? Fail(file, "文件中含有空字符（NUL），不是文本文件。", "确认选择的是 .json 数据文件。", Encoding)
                : new DataText(text, []);
        }
        // Where the first byte that is not UTF-8 is, as a line and column of the text before it.
        var before = System.Text.Encoding.UTF8.GetString(body[..read]);
        var line = 1 + before.Count(c => c == '\n');
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        var likely = IsGb18030(body) ? "看起来是 GBK/GB18030 编码（中文 Windows 记事本的 “ANSI”）" : "其编码无法确定（可能是 Big5、Latin-1 或文件已损坏）";
        return new DataText(null, [new Diagnostic(Severity.Error, Encoding, $"文件不是 UTF-8 编码：{likely}。为避免报告和文件名中出现乱码，未读取。",
            file, line, column, null, Convert)]);
    }

    private static bool IsGb18030(ReadOnlySpan<byte> bytes)
    {
        try
        {
            System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var gb = System.Text.Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var text = gb.GetString(bytes);
            // Mostly CJK ideographs among the non-ASCII characters, as Chinese text is.
            var wide = text.Where(c => c > 0x7F).ToList();
            return wide.Count > 0 && wide.Count(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF') * 10 >= wide.Count * 8;
        }
        catch (Exception e) when (e is DecoderFallbackException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    private static (string Name, System.Text.Encoding? Encoding, int Skip) Detect(byte[] b)
    {
        if (b is [0xEF, 0xBB, 0xBF, ..])
        {
            return ("UTF-8", null, 3);
        }
        if (b is [0xFF, 0xFE, 0, 0, ..])
        {
            return ("UTF-32（小端，带 BOM）", new UTF32Encoding(false, false, true), 4);
        }
        if (b is [0, 0, 0xFE, 0xFF, ..])
        {
            return ("UTF-32（大端，带 BOM）", new UTF32Encoding(true, false, true), 4);
        }
        if (b is [0xFF, 0xFE, ..])
        {
            return ("UTF-16（小端，带 BOM）", new UnicodeEncoding(false, false, true), 2);
        }
        if (b is [0xFE, 0xFF, ..])
        {
            return ("UTF-16（大端，带 BOM）", new UnicodeEncoding(true, false, true), 2);
        }
        // Without a BOM: JSON starts with ASCII ({, a space, a line break), so its zero bytes say the width and order.
        if (b is [not 0, 0, 0, 0, ..])
        {
            return ("UTF-32（小端，无 BOM）", new UTF32Encoding(false, false, true), 0);
        }
        if (b is [0, 0, 0, not 0, ..])
        {
            return ("UTF-32（大端，无 BOM）", new UTF32Encoding(true, false, true), 0);
        }
        if (b is [not 0, 0, ..])
        {
            return ("UTF-16（小端，无 BOM）", new UnicodeEncoding(false, false, true), 0);
        }
        if (b is [0, not 0, ..])
        {
            return ("UTF-16（大端，无 BOM）", new UnicodeEncoding(true, false, true), 0);
        }
        return ("UTF-8", null, 0);
    }

    private static string? Binary(byte[] b) => b switch
    {
        [0x50, 0x4B, 0x03, 0x04, ..] => "一个 ZIP 压缩包或 Office 文档（如 .xlsx、.docx）",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "一个旧版 Office 文档（如 .xls、.doc）",
        [0x25, 0x50, 0x44, 0x46, ..] => "一个 PDF 文件",
        _ => null,
    };

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > MaxBytes)
            {
                throw new FileTooLarge();
            }
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static DataText Fail(string file, string message, string suggestion, string code = "PE100") =>
        new(null, [new Diagnostic(Severity.Error, code, message, file, 0, 0, null, suggestion)]);

    private sealed class FileTooLarge : Exception;
}
