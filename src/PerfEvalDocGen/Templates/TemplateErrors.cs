using PerfEvalDocGen.DataFormat;
using System.Text.RegularExpressions;
using PerfEvalDocGen.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Turns Scriban's parse and runtime errors into the project's diagnostics: the template file, line and column from the
/// error's source span, a Chinese message and a suggestion. Scriban's own English text never reaches a user.
/// </summary>
internal static partial class TemplateErrors
{
    /// <summary>Whether Scriban's message is about a string with no closing quote.</summary>
    public static bool IsUnterminatedString(LogMessage message) => message.Message.Contains("string not terminated", StringComparison.Ordinal);

    /// <summary>
    /// PE301 for a "}}" in the template's text, outside any code block: a "{{" lost or mistyped ("{ unit.name }}") would
    /// otherwise print the braces and the name into the report as they are.
    /// </summary>
    public static void ThrowOnStrayClose(string text, string file)
    {
        foreach (var token in new Lexer(text, file))
        {
            if (token.Type != TokenType.Raw)
            {
                continue;
            }
            var raw = token.GetText(text);
            var at = raw.IndexOf("}}", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var offset = token.Start.Offset + at;
            var line = 1 + text.AsSpan(0, offset).Count('\n');
            var column = offset - (offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1) + 1;
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE301",
                $"模板语法错误：多出了“}}}}”，没有与之配对的“{{{{”，会原样印在报告中。{Excerpt(text, line)}", file, line, column,
                Suggestion: "变量写成 {{ 名称 }}（两边各两个花括号）；检查前面是否少写了“{{”。"));
        }
    }

    /// <summary>
    /// PE337 for a string escape in a code block ("\x01", "\u001b") that makes a control character: Word cannot open a
    /// document holding one.
    /// </summary>
    public static void ThrowOnControlEscape(string text, string file)
    {
        foreach (var token in new Lexer(text, file))
        {
            if (token.Type is not (TokenType.String or TokenType.InterpolatedString or TokenType.BeginInterpolatedString
                or TokenType.ContinuationInterpolatedString or TokenType.EndingInterpolatedString))
            {
                continue;
            }
            foreach (Match escape in ControlEscape().Matches(token.GetText(text)))
            {
                var code = Convert.ToInt32(escape.Groups[escape.Groups[1].Success ? 1 : 2].Value, 16);
                if (code is >= 0x20 and not (>= 0x7F and <= 0x9F) || code is 0x09 or 0x0A or 0x0D)
                {
                    continue;
                }
                var offset = token.Start.Offset + escape.Index;
                var line = 1 + text.AsSpan(0, offset).Count('\n');
                var column = offset - (offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1) + 1;
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE337",
                    $"模板中的“{escape.Value}”会输出不可见的控制字符（U+{code:X4}），放进报告会使 Word 无法打开。", file, line, column,
                    Suggestion: "删去该转义写法；换行直接写成新的一行，空格直接输入空格。"));
            }
        }
    }

    [GeneratedRegex(@"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))")]
    private static partial Regex ControlEscapeRaw();

    private static Regex ControlEscape() => ControlEscapeRaw();

    [GeneratedRegex(@"^Error while parsing (\w+) statement: The <end> statement was not found")]
    private static partial Regex BlockWithoutEnd();

    public static Diagnostic Syntax(LogMessage message, string source, string file)
    {
        var (line, column) = Position(message.Span);
        var near = Excerpt(source, line);
        var what = message.Message switch
        {
            var m when IsUnterminatedString(message) => "文字（字符串）没有结束：缺少结尾的英文双引号“\"”。",
            var m when BlockWithoutEnd().Match(m) is { Success: true } block => $"{{{{ {block.Groups[1].Value} }}}} 没有对应的 {{{{ end }}}}。",
            var m when m.Contains("Unexpected end of", StringComparison.Ordinal) || m.Contains("Expecting <end>", StringComparison.Ordinal)
                || m.Contains("end of file", StringComparison.OrdinalIgnoreCase) => "代码块没有结束：缺少 {{ end }}。",
            var m when m.Contains("no matching {", StringComparison.Ordinal) || m.Contains("no matching {{", StringComparison.Ordinal) => "多出了“}}”，没有与之配对的“{{”。",
            var m when m.Contains("Unexpected `end`", StringComparison.Ordinal) || m.Contains("Unexpected end", StringComparison.Ordinal) => "多出了 {{ end }}，没有与之对应的 if 或 for。",
            var m when m.Contains("Unexpected", StringComparison.Ordinal) || m.Contains("Invalid token", StringComparison.Ordinal) => "此处有无法识别的写法。",
            var m when m.Contains("Expecting", StringComparison.Ordinal) => "此处的语句不完整。",
            _ => "此处无法解析。",
        };
        return new Diagnostic(Severity.Error, "PE301", $"模板语法错误：{what}{near}", file, line, column,
            Suggestion: "检查 {{ }} 是否成对、if/for 是否都有对应的 {{ end }}；写法见 docs/templates.md。");
    }

    /// <summary>The diagnostic for a failed render, or null when the exception is not the template's doing.</summary>
    public static Diagnostic? Runtime(Exception exception, string file, Func<string, string?> sourceOf)
    {
        switch (exception)
        {
            case ScriptAbortException or OperationCanceledException:
                return At(exception, file, "PE313", $"模板渲染超过时间上限（{TemplateLimits.RenderTime.TotalSeconds:0} 秒），已中止。",
                    "检查模板中的循环（for/while）是否会结束。");
            case ScriptRuntimeException { InnerException: TemplateFunctionException f } e:
                var call = Written(e.Span, sourceOf(FileOf(e.Span, file)));
                return At(e, file, f.Code, call.Length > 0 ? $"“{call}”：{f.Message}" : f.Message, f.Suggestion) with { JsonPath = DataPath(call) };
            case ScriptRuntimeException { InnerException: { } inner } e when Runtime(inner, file, sourceOf) is { } located:
                return located with { File = FileOf(e.Span, file), Line = Position(e.Span).Line, Column = Position(e.Span).Column };
            case ScriptRuntimeException e:
                return Classify(e, file, sourceOf);
            case TemplateFunctionException f:
                return new Diagnostic(Severity.Error, f.Code, f.Message, file, Suggestion: f.Suggestion);
            default:
                return null;
        }
    }

    private static Diagnostic Classify(ScriptRuntimeException e, string file, Func<string, string?> sourceOf)
    {
        var message = e.OriginalMessage ?? "";
        var source = sourceOf(FileOf(e.Span, file));
        var written = Written(e.Span, source);
        if (VariablePattern().Match(message) is { Success: true } variable)
        {
            return At(e, file, "PE302", $"模板引用了不存在的变量“{variable.Groups[1].Value}”。",
                "核对变量名与数据字段名（区分大小写），可用的名称见 docs/templates.md。");
        }
        if (message.StartsWith("Cannot get member with name", StringComparison.Ordinal))
        {
            // Scriban points at the member's name; the diagnostic points at, and quotes, the whole path (budget.basicExpenditur).
            var (start, path) = PathAt(e.Span, source);
            var missing = At(e, file, "PE302", $"模板引用了不存在的字段“{(path.Length > 0 ? path : Code(e))}”。",
                "核对字段名与数据文件中的名称（区分大小写），可用的名称见 docs/templates.md。");
            return start is { } s ? missing with { Line = s.Line, Column = s.Column } : missing;
        }
        if (NullPattern().Match(message) is { Success: true } blank)
        {
            return At(e, file, "PE310", $"模板读取“{(written.Length > 0 ? written : Code(e))}”时，“{blank.Groups[1].Value}”为空（数据未填写）。",
                $"在数据中填写“{blank.Groups[1].Value}”；或在模板中先用 if 判断它是否填写。") with { JsonPath = DataPath(blank.Groups[1].Value) };
        }
        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("exceeds LoopLimit", StringComparison.Ordinal))
        {
            return At(e, file, "PE311", $"模板的循环超过上限（{TemplateLimits.LoopIterations} 次），已中止。", "检查循环条件是否会结束。");
        }
        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return At(e, file, "PE312", $"模板的嵌套或递归超过上限（{TemplateLimits.RecursionDepth} 层），已中止。",
                "检查片段是否 include 了自己，或函数是否调用了自己。");
        }
        if (message.Contains("output", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return At(e, file, "PE314", $"模板输出的文字超过上限（{TemplateLimits.OutputCharacters} 字），已中止。", "检查循环是否重复输出。");
        }
        if (message.Contains("number of arguments", StringComparison.Ordinal) || e.InnerException is ArgumentException)
        {
            return At(e, file, "PE303", $"{Call(e)}函数的参数个数或写法不对。", "函数写法见 docs/templates.md 的函数表。");
        }
        if (IndexedList(e.Span, source, written) is { } list)
        {
            // list[3] past the end of a list the data holds fewer items of: the data's blank, like a blank figure.
            var (path, index) = list;
            return At(e, file, "PE310", $"模板读取“{path}[{index}]”时，列表“{path}”没有第 {index + 1} 项（数据未填写）。",
                $"在数据中为“{path}”补足至少 {index + 1} 项；或在模板中先判断列表的长度。") with { JsonPath = DataPath(path) };
        }
        return At(e, file, "PE303", $"模板执行“{written}”时出错。", "检查此处的写法与用到的数据；写法见 docs/templates.md。");
    }

    /// <summary>The list and index when the failing expression is the index of <c>path[index]</c>.</summary>
    private static (string Path, int Index)? IndexedList(SourceSpan span, string? source, string written)
    {
        if (source is null || !int.TryParse(written, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            || span.Start.Offset < 1 || span.Start.Offset >= source.Length || source[span.Start.Offset - 1] != '[')
        {
            return null;
        }
        var end = span.Start.Offset - 1;
        var begin = end;
        while (begin > 0 && (char.IsLetterOrDigit(source[begin - 1]) || source[begin - 1] is '_' or '.'))
        {
            begin--;
        }
        return begin < end ? (source[begin..end], index) : null;
    }

    private static Diagnostic At(Exception e, string file, string code, string message, string? suggestion)
    {
        var span = e is ScriptRuntimeException r ? r.Span : default;
        var (line, column) = Position(span);
        return new Diagnostic(Severity.Error, code, message, FileOf(span, file), line, column, Suggestion: suggestion);
    }

    private static string FileOf(SourceSpan span, string file) => string.IsNullOrEmpty(span.FileName) ? file : span.FileName;

    // Scriban counts lines and columns from zero.
    private static (int Line, int Column) Position(SourceSpan span) =>
        span.IsEmpty && span.Start.Line == 0 && span.Start.Column == 0 && span.FileName is null ? (0, 0) : (span.Start.Line + 1, span.Start.Column + 1);

    private static string Call(ScriptRuntimeException e) => Code(e) is { Length: > 0 } code ? $"“{code}”：" : "";

    // The expression as written: Scriban keeps no source text, but the span's length and the message's quoted path suffice.
    private static string Code(ScriptRuntimeException e)
    {
        var quoted = QuotedPattern().Match(e.OriginalMessage ?? "");
        return quoted.Success ? quoted.Groups[1].Value : MemberPattern().Match(e.OriginalMessage ?? "") is { Success: true } m ? m.Groups[1].Value : "";
    }

    /// <summary>
    /// The data path a failing expression reads, e.g. budget.executed in "money budget.executed blank: …": the first dotted
    /// name after the function's name. Null when there is none (a literal, a loop variable is kept as written).
    /// </summary>
    private static string? DataPath(string written)
    {
        var match = PathPattern().Match(written);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The expression as written in the template, from the span's offsets.</summary>
    private static string Written(SourceSpan span, string? source)
    {
        if (source is null || span.IsEmpty || span.Start.Offset < 0 || span.End.Offset >= source.Length || span.End.Offset < span.Start.Offset)
        {
            return "";
        }
        var text = source.Substring(span.Start.Offset, span.End.Offset - span.Start.Offset + 1).Trim();
        return text.Length > 60 ? text[..60] + "…" : text;
    }

    /// <summary>The dotted path that ends at the span's start, e.g. budget.basicExpenditur for the span of basicExpenditur.</summary>
    private static ((int Line, int Column)? Start, string Path) PathAt(SourceSpan span, string? source)
    {
        if (source is null || span.Start.Offset < 0 || span.Start.Offset >= source.Length)
        {
            return (null, "");
        }
        var begin = span.Start.Offset;
        while (begin > 0 && (char.IsLetterOrDigit(source[begin - 1]) || source[begin - 1] is '_' or '.' or '[' or ']'))
        {
            begin--;
        }
        var end = span.Start.Offset;
        while (end < source.Length && (char.IsLetterOrDigit(source[end]) || source[end] == '_'))
        {
            end++;
        }
        var lineStart = begin == 0 ? 0 : source.LastIndexOf('\n', begin - 1) + 1;
        var line = source.AsSpan(0, begin).Count('\n') + 1;
        return ((line, begin - lineStart + 1), source[begin..end]);
    }

    private static string Excerpt(string source, int line)
    {
        if (line <= 0)
        {
            return "";
        }
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var text = line <= lines.Length ? lines[line - 1].Trim() : "";
        return text.Length == 0 ? "" : $"（第 {line} 行：{(text.Length > 60 ? text[..60] + "…" : text)}）";
    }

    [GeneratedRegex(@"The variable or function `([^`]*)` was not found")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"(?:^|\s|\()([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+|\[\d+\])+)")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"Object `([^`]*)` is null")]
    private static partial Regex NullPattern();

    [GeneratedRegex(@"Cannot access member: (\S+)")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"Cannot get member with name (\S+?)\.?$")]
    private static partial Regex MemberPattern();
}
