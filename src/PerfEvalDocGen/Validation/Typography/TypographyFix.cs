using System.Text;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Validation.Typography;

/// <summary>
/// What <c>perfeval fix</c> does to a data file: the lint's findings as edits to show, and the file's new bytes in which
/// only the changed string values differ (UTF-8, with its byte-order mark if it had one).
/// </summary>
public sealed class TypographyFix
{
    private string? source;
    private byte[]? original;

    private TypographyFix(IReadOnlyList<TypographyEdit> edits, byte[] content)
    {
        Edits = edits;
        Content = content;
    }

    /// <summary>The changes, in file order; empty when there is nothing to fix.</summary>
    public IReadOnlyList<TypographyEdit> Edits { get; }

    /// <summary>The whole file after the changes.</summary>
    public byte[] Content { get; }

    /// <summary>
    /// Reads the data file at <paramref name="path"/> (named <paramref name="name"/> in messages) and plans its fix; a
    /// missing, unreadable or special file, or one that is not UTF-8 standard JSON, is refused with PE537.
    /// </summary>
    public static TypographyFix ReadFile(string path, string name)
    {
        var full = Path.GetFullPath(path);
        var (kind, size) = FileNode.Inspect(full, followLinks: true);
        var refusal = kind switch
        {
            FileNode.Kind.Missing => "找不到数据文件",
            FileNode.Kind.Directory => "这是一个文件夹，不是数据文件",
            FileNode.Kind.Special => "数据文件不是普通文件（是管道、设备或套接字）",
            _ when size > DataFile.MaxBytes => $"文件超过 {DataFile.MaxBytes / 1024 / 1024} MB，不是一个单位的数据文件",
            _ => null,
        };
        if (refusal is not null)
        {
            throw Refused($"{refusal}，perfeval fix 不修改它。", name, "检查文件路径是否正确。");
        }
        var bytes = ReadBytes(full, name);
        var fix = Plan(bytes, name);
        fix.source = full;
        fix.original = bytes;
        return fix;
    }

    /// <summary>
    /// Writes <see cref="Content"/> over the file read by <see cref="ReadFile"/>: through a temporary file beside it and a
    /// rename, so the file is either the old one or the new one, never half of each. The data file behind a link is the
    /// one rewritten (the link stays), its permissions are kept, and a file changed since it was read is left alone.
    /// </summary>
    public void Write()
    {
        if (source is null || original is null)
        {
            throw new InvalidOperationException("Write needs a fix planned by ReadFile.");
        }
        var target = File.ResolveLinkTarget(source, returnFinalTarget: true)?.FullName ?? source;
        if (!ReadBytes(target, source).AsSpan().SequenceEqual(original))
        {
            throw Refused("数据文件在列出改动之后又被改动过，未改写。", source, "重新运行 perfeval fix，按新的内容确认改动。");
        }
        string? temporary = null;
        try
        {
            temporary = AtomicFile.WriteTemporary(target, Content, WriteDurability.FlushFile);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }
            AtomicFile.Commit(temporary, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (temporary is not null)
            {
                AtomicFile.Discard(temporary);
            }
            throw Refused($"无法改写数据文件：{WriteFailure.Describe(e)}。原文件未改动。", source, "检查文件所在文件夹的写入权限和磁盘空间后再运行。");
        }
    }

    private static byte[] ReadBytes(string path, string name)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException || e.HResult is 13 or 1 ? "没有读取该文件的权限" : $"系统错误 0x{e.HResult:X8}";
            throw Refused($"无法读取数据文件（{reason}），perfeval fix 不修改它。", name, "检查文件权限，或文件是否被其他程序占用。");
        }
    }

    private static PerfEvalException Refused(string message, string file, string suggestion) =>
        new(new Diagnostic(Severity.Error, "PE537", message, file, Suggestion: suggestion));

    /// <summary>Plans the fix of the data file <paramref name="bytes"/> (named <paramref name="file"/> in errors).</summary>
    public static TypographyFix Plan(byte[] bytes, string file)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE537", "数据文件不是 UTF-8 编码，perfeval fix 不修改它。", file,
                Suggestion: "先把文件另存为 UTF-8 编码，再运行 perfeval fix。"));
        }
        Parse(text, file);
        var issues = TypographyLint.Check(text);
        var changes = TypographyFixer.Changes(text, issues);
        var fixedText = TypographyFixer.Apply(text, changes);
        // The new text must still be JSON; a fault here is the tool's, so nothing is written.
        Parse(fixedText, file);
        // Only what is applied is shown: of two findings on the same characters, the second is left to the next run.
        var edits = changes.SelectMany(c => c.Applied).Select(i => Edit(text, i)).ToList();
        var body = Encoding.UTF8.GetBytes(fixedText);
        return new TypographyFix(edits, bom ? [0xEF, 0xBB, 0xBF, .. body] : body);
    }

    // The same reader as validate: a file validate would refuse (a comment, a trailing comma, 055) is not rewritten, and
    // the string scanner only ever sees standard JSON.
    private static void Parse(string text, string file)
    {
        var found = new List<Diagnostic>();
        if (JsonSource.Parse(text, file, found) is not null && !found.Any(d => d.Severity == Severity.Error))
        {
            return;
        }
        var first = found.FirstOrDefault(d => d.Severity == Severity.Error);
        throw new PerfEvalException(new Diagnostic(Severity.Error, "PE537",
            first is null ? "数据文件不是有效的 JSON，perfeval fix 不修改它。" : $"数据文件不是有效的 JSON（{first.Code}：{first.Message}），perfeval fix 不修改它。",
            file, first?.Line ?? 0, first?.Column ?? 0, first?.JsonPath,
            Suggestion: "先用 perfeval validate 找出并改正这些错误，再运行 perfeval fix。"));
    }

    private static TypographyEdit Edit(string json, TypographyIssue issue)
    {
        var s = issue.Token.Value;
        var from = Math.Max(0, issue.Index - 6);
        var to = Math.Min(s.Length, issue.Index + issue.Length + 6);
        var before = s[from..to];
        var after = s[from..issue.Index] + issue.Replacement + s[(issue.Index + issue.Length)..to];
        var offset = issue.Offset;
        string Show(string t) => (from > 0 ? "…" : "") + t.Replace("\n", "↵") + (to < s.Length ? "…" : "");
        return new TypographyEdit(TypographyFixer.LineOf(json, offset), TypographyFixer.ColumnOf(json, offset), issue.Token.Path, issue.Code, Show(before), Show(after));
    }
}
