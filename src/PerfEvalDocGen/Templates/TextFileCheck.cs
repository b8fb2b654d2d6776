using System.Text;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Decodes a template set's text file (a template or a JSON description) strictly: a file saved in another encoding
/// (GBK from an older editor) would otherwise print as replacement characters, and a control character would make the
/// package unreadable. Either is reported at its line and column before anything is written.
/// </summary>
internal static class TextFileCheck
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the file is one the set reads as text: templates and JSON descriptions.</summary>
    public static bool Applies(string relativePath) =>
        relativePath.EndsWith(TemplateEngine.Extension, StringComparison.OrdinalIgnoreCase)
        || relativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text of <paramref name="bytes"/> (a UTF-8 byte-order mark is dropped); throws PE336 or PE337 with the place of the first fault.</summary>
    public static string Decode(byte[] bytes, string relativePath, string shownAs)
    {
        Encoding encoding = Strict;
        var start = 0;
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            start = 3;
        }
        else if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble))
        {
            (encoding, start) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }
        else if (bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            (encoding, start) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }
        string text;
        try
        {
            text = encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var valid = Math.Max(0, e.Index);
            var before = encoding == Strict ? Encoding.UTF8.GetString(bytes, start, Math.Min(valid, bytes.Length - start)) : "";
            var (line, column) = Place(before, before.Length);
            throw Fault("PE336", shownAs, line, column, $"模板集文件“{relativePath}”不是 UTF-8 编码（可能以 GBK/ANSI 保存），第 {line} 行起的文字无法读取。");
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                var (line, column) = Place(text, i);
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE337",
                    $"模板集文件“{relativePath}”中有不可见的控制字符（U+{(int)c:X4}），放进报告会使 Word 无法打开。", shownAs, line, column,
                    Suggestion: "删去该字符（常见于从网页或其他软件复制的文字）；需要空格时直接输入空格。"));
            }
        }
        return text;
    }

    private static (int Line, int Column) Place(string text, int index)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }
        return (line, column);
    }

    private static PerfEvalException Fault(string code, string shownAs, int line, int column, string message) =>
        new(new Diagnostic(Severity.Error, code, message, shownAs, line, column,
            Suggestion: "在编辑器中以“UTF-8”编码另存该文件（记事本：另存为 → 编码选 UTF-8；VS Code：右下角编码 → 通过编码保存 → UTF-8）。"));
}
