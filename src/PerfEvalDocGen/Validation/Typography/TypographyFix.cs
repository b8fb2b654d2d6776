using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Typography;

/// <summary>
/// What <c>perfeval fix</c> does to a data file: the lint's findings as edits to show, and the file's new bytes in which
/// only the changed string values differ (UTF-8, with its byte-order mark if it had one).
/// </summary>
public sealed class TypographyFix
{
    private TypographyFix(IReadOnlyList<TypographyEdit> edits, byte[] content)
    {
        Edits = edits;
        Content = content;
    }

    /// <summary>The changes, in file order; empty when there is nothing to fix.</summary>
    public IReadOnlyList<TypographyEdit> Edits { get; }

    /// <summary>The whole file after the changes.</summary>
    public byte[] Content { get; }

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
        var edits = issues.Where(i => changes.Any(c => c.Token == i.Token)).Select(i => Edit(text, i)).ToList();
        var body = Encoding.UTF8.GetBytes(fixedText);
        return new TypographyFix(edits, bom ? [0xEF, 0xBB, 0xBF, .. body] : body);
    }

    private static void Parse(string text, string file)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            JToken.ReadFrom(reader);
            if (reader.Read())
            {
                throw new JsonReaderException("多余的内容");
            }
        }
        catch (JsonReaderException e)
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE537", "数据文件不是有效的 JSON，perfeval fix 不修改它。", file, e.LineNumber, e.LinePosition,
                Suggestion: "先用 perfeval validate 找出并改正语法错误。"));
        }
    }

    private static TypographyEdit Edit(string json, TypographyIssue issue)
    {
        var s = issue.Token.Value;
        var from = Math.Max(0, issue.Index - 6);
        var to = Math.Min(s.Length, issue.Index + issue.Length + 6);
        var before = s[from..to];
        var after = s[from..issue.Index] + issue.Replacement + s[(issue.Index + issue.Length)..to];
        var offset = issue.Token.Offsets.Length == 0 ? issue.Token.Start : issue.Token.Offsets[Math.Min(issue.Index, issue.Token.Offsets.Length - 1)];
        string Show(string t) => (from > 0 ? "…" : "") + t.Replace("\n", "↵") + (to < s.Length ? "…" : "");
        return new TypographyEdit(TypographyFixer.LineOf(json, offset), TypographyFixer.ColumnOf(json, offset), issue.Token.Path, issue.Code, Show(before), Show(after));
    }
}
