using System.Buffers;
using System.Text;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Json;

/// <summary>
/// Reads a data file's text by RFC 8259 alone into a token tree, noting where each value starts.
/// </summary>
/// <remarks>
/// Our own reader rather than Newtonsoft's JsonTextReader, because that reader accepts JavaScript-era numbers (it reads
/// 055 as octal 45, 0x37 as 55, and takes NaN), gives no raw text of a number to judge, reports positions after a
/// token rather than at its first character, and says what went wrong in English. Reading by hand gives the first
/// character of every value and key, the raw text of every number, and a Chinese message for each way a file goes wrong.
/// Slips whose meaning is plain (a non-standard number, a thousands separator, a comment, a trailing comma, full-width
/// punctuation) are reported and reading goes on, so one run lists them all; anything else stops reading at that spot.
/// </remarks>
internal sealed class StrictJsonReader
{
    /// <summary>The deepest nesting of objects and arrays read; the data model needs fewer than ten levels.</summary>
    public const int MaxDepth = 64;

    private static readonly SearchValues<char> StringSpecials = SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(i => (char)i).Concat(['"', '\\']).ToArray());

    private readonly string text;
    private readonly string file;
    private readonly List<Diagnostic> output;
    private readonly SourceMap map;
    private readonly List<(string? Name, int Index)> path = [];
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private StrictJsonReader(string text, string file, List<Diagnostic> output)
    {
        this.text = text;
        this.file = file;
        this.output = output;
        // About one value in every 24 characters of a typical data file: sized once rather than grown by doubling.
        map = new SourceMap(text.Length / 24);
    }

    /// <summary>The root token and where each value is, or null when the text cannot be read as JSON; problems go to <paramref name="output"/>.</summary>
    public static (JToken Root, SourceMap Map)? Read(string text, string file, List<Diagnostic> output)
    {
        var reader = new StrictJsonReader(text, file, output);
        try
        {
            return (reader.ReadDocument(), reader.map);
        }
        catch (StopReading)
        {
            return null;
        }
    }

    private JToken ReadDocument()
    {
        if (text.StartsWith('\uFEFF'))
        {
            pos = lineStart = 1;
        }
        SkipSpace();
        if (pos >= text.Length)
        {
            Stop(pos, "文件为空，没有任何数据。", "从 perfeval init 生成的模板开始填写。");
        }
        var root = ReadValue(inObject: false);
        SkipSpace();
        if (pos < text.Length)
        {
            Stop(pos, "数据之后还有多余的内容（一个文件只能有一个最外层的 { … }）。", "删除最外层 } 之后的内容。");
        }
        return root;
    }

    private JToken ReadValue(bool inObject)
    {
        if (pos >= text.Length)
        {
            Stop(pos, "文件意外结束，此处应有一个值，可能缺少 } 或 ]。", "检查文件末尾是否完整。");
        }
        var start = At(pos);
        var c = text[pos];
        JToken token;
        switch (c)
        {
            case '{':
                token = ReadObject();
                break;
            case '[':
                token = ReadArray();
                break;
            case '"':
                token = new JValue(ReadString());
                break;
            case '“' or '”' or '＂' or '\'':
                token = new JValue(ReadOddlyQuoted());
                break;
            default:
                if (NumberText.CanStart(c))
                {
                    token = ReadNumber(inObject);
                }
                else if (char.IsAsciiLetter(c))
                {
                    token = ReadWord();
                }
                else
                {
                    token = Unexpected(c);
                }
                break;
        }
        map.Add(token, start.Line, start.Column);
        return token;
    }

    private JToken Unexpected(char c)
    {
        if (FullWidth.Meaning(c) is { } meaning)
        {
            Stop(pos, $"此处是全角符号“{c}”，此处应为一个值。", $"改为英文半角符号{meaning}，或填写值。", JsonCodes.FullWidthPunctuation);
        }
        if (c is '}' or ']' or ',')
        {
            Stop(pos, $"此处缺少值（“{c}”之前应有一个值）。", "填写值；未填写时写 null。");
        }
        Stop(pos, $"“{c}”不是有效的值：文字须加英文双引号，数字只能写阿拉伯数字。", "文字写成 \"文字\"，未填写写 null。");
        return null!;
    }

    private JObject ReadObject()
    {
        var obj = new JObject();
        Enter();
        pos++;
        SkipSpace();
        if (Peek() == '}')
        {
            pos++;
            Leave();
            return obj;
        }
        path.Add(("", 0));
        while (true)
        {
            var keyStart = At(pos);
            var key = ReadKey();
            path[^1] = (key, 0);
            SkipSpace();
            if (Peek() == '：')
            {
                Problem(JsonCodes.FullWidthPunctuation, pos, "字段名后是全角冒号“：”，JSON 须用英文冒号“:”。", "改为英文冒号“:”。");
            }
            else if (Peek() != ':')
            {
                Stop(pos, $"字段名“{key}”后应为英文冒号“:”。", "在字段名和值之间加英文冒号“:”。");
            }
            pos++;
            SkipSpace();
            var value = ReadValue(inObject: true);
            if (obj.Property(key, StringComparison.Ordinal) is { } existing)
            {
                Problem("PE105", keyStart, $"字段“{key}”重复出现，后一个会覆盖前一个。", "删除其中一个，或合并两处的内容。", CurrentPath());
                existing.Value = value;
            }
            else
            {
                var property = new JProperty(key, value);
                obj.Add(property);
                map.Add(property, keyStart.Line, keyStart.Column);
            }
            if (!AfterItem('}'))
            {
                break;
            }
        }
        path.RemoveAt(path.Count - 1);
        Leave();
        return obj;
    }

    private JArray ReadArray()
    {
        var array = new JArray();
        Enter();
        pos++;
        SkipSpace();
        if (Peek() == ']')
        {
            pos++;
            Leave();
            return array;
        }
        path.Add((null, 0));
        while (true)
        {
            path[^1] = (null, array.Count);
            array.Add(ReadValue(inObject: false));
            if (!AfterItem(']'))
            {
                break;
            }
        }
        path.RemoveAt(path.Count - 1);
        Leave();
        return array;
    }

    /// <summary>After an item: true when another follows (the comma read), false at the closing bracket (read).</summary>
    private bool AfterItem(char close)
    {
        var end = pos;
        SkipSpace();
        var c = Peek();
        if (c == close)
        {
            pos++;
            return false;
        }
        if (c == '，')
        {
            Problem(JsonCodes.FullWidthPunctuation, pos, "此处是全角逗号“，”，JSON 须用英文逗号“,”。", "改为英文逗号“,”。");
        }
        else if (c != ',')
        {
            if (pos >= text.Length)
            {
                Stop(pos, $"文件意外结束，缺少“{close}”。", "检查括号是否成对。");
            }
            if (FullWidth.Meaning(c) is { } meaning)
            {
                Stop(pos, $"此处是全角符号“{c}”。", $"改为英文半角符号{meaning}。", JsonCodes.FullWidthPunctuation);
            }
            if (char.IsAsciiDigit(c) && pos > end && char.IsAsciiDigit(text[end - 1]))
            {
                Stop(pos, "数字中间不能有空格。", "删除数字中的空格。");
            }
            var other = close == '}' ? ']' : '}';
            Stop(pos, c == other ? $"括号不成对：此处应为“{close}”，却是“{other}”。" : "上一个值后面缺少英文逗号“,”，或有多余的字符。",
                "检查该位置附近的逗号、引号和括号是否成对、是否多余。");
        }
        var comma = At(pos++);
        SkipSpace();
        if (Peek() == close)
        {
            Problem(JsonCodes.TrailingComma, comma, $"最后一项之后不能有逗号（“{close}”之前的逗号是多余的）。", "删除这个逗号。");
            pos++;
            return false;
        }
        return true;
    }

    private string ReadKey()
    {
        var c = Peek();
        if (c == '"')
        {
            return ReadString();
        }
        if (c is '“' or '”' or '＂' or '\'')
        {
            return ReadOddlyQuoted();
        }
        if (c is '}' or ']')
        {
            Stop(pos, "此处应为字段名（用英文双引号括起），却是括号。", "检查括号是否成对。");
        }
        if (char.IsAsciiLetter(c) || c is '_' or '$')
        {
            var start = pos;
            while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] is '_' or '$'))
            {
                pos++;
            }
            var name = text[start..pos];
            var after = pos;
            SkipSpaceQuietly();
            if (Peek() is ':' or '：')
            {
                Problem(JsonCodes.Syntax, start, $"字段名 {name} 没有用英文双引号括起。", $"写成 \"{name}\"。");
                return name;
            }
            pos = after;
            Stop(start, "此处应为字段名（用英文双引号括起）。", "写成 \"字段名\": 值。");
        }
        if (pos >= text.Length)
        {
            Stop(pos, "文件意外结束，缺少“}”。", "检查括号是否成对。");
        }
        Stop(pos, "此处应为字段名（用英文双引号括起）。", "检查该位置附近的逗号、引号和括号是否成对、是否多余。");
        return null!;
    }

    private string ReadString()
    {
        var start = pos++;
        StringBuilder? builder = null;
        var from = pos;
        while (true)
        {
            var next = text.AsSpan(pos).IndexOfAny(StringSpecials);
            if (next < 0)
            {
                Stop(start, "文字缺少结尾的英文双引号。", "在文字末尾补上英文双引号。");
            }
            pos += next;
            var c = text[pos];
            if (c == '"')
            {
                var result = builder is null ? text[from..pos] : builder.Append(text, from, pos - from).ToString();
                pos++;
                return result;
            }
            if (c is '\n' or '\r')
            {
                Stop(start, "文字在行尾之前没有结束：缺少结尾的英文双引号，或文字中直接换行了。", "补上结尾的英文双引号；文字中需要换行时写 \\n。");
            }
            builder ??= new StringBuilder();
            builder.Append(text, from, pos - from);
            if (c == '\\')
            {
                builder.Append(ReadEscape());
            }
            else
            {
                Problem(JsonCodes.Syntax, pos, $"文字中含有未转义的控制字符 U+{(int)c:X4}{(c == '\t' ? "（Tab）" : "")}。",
                    c == '\t' ? "改为空格，或写成 \\t。" : "删除该字符（常见于从其他软件复制的文字）。");
                builder.Append(c);
                pos++;
            }
            from = pos;
        }
    }

    private string ReadEscape()
    {
        var at = pos;
        var c = pos + 1 < text.Length ? text[pos + 1] : '\0';
        pos += 2;
        switch (c)
        {
            case '"' or '\\' or '/':
                return c.ToString();
            case 'b':
                return "\b";
            case 'f':
                return "\f";
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'u' when pos + 4 <= text.Length && ushort.TryParse(text.AsSpan(pos, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code):
                pos += 4;
                return ((char)code).ToString();
            default:
                if (c is '\n' or '\r' or '\0')
                {
                    Stop(at, "文字末尾是反斜杠“\\”，缺少结尾的英文双引号。", "文字中的反斜杠写成 \\\\。");
                }
                Problem(JsonCodes.Syntax, at, c == 'u' ? "“\\u”之后应为 4 位十六进制数字。" : $"文字中的“\\{c}”不是有效的转义写法：反斜杠须写成 \\\\。",
                    "反斜杠（如文件路径中的）写成 \\\\。");
                pos = at + 1;
                return "\\";
        }
    }

    // “…”, ＂…＂ or '…' around a string or key: read to the matching mark on the same line and go on.
    private string ReadOddlyQuoted()
    {
        var start = pos;
        var open = text[pos];
        var close = open switch { '“' => '”', '\'' => '\'', _ => open };
        var end = pos + 1;
        while (end < text.Length && text[end] != close && !(open is '“' or '”' && text[end] is '”' or '"') && text[end] is not ('\n' or '\r'))
        {
            end++;
        }
        if (end >= text.Length || text[end] is '\n' or '\r')
        {
            Stop(start, open == '\'' ? "文字须用英文双引号括起，不能用单引号。" : $"此处是全角引号“{open}”，JSON 须用英文双引号。", "改为英文双引号 \"。",
                open == '\'' ? JsonCodes.Syntax : JsonCodes.FullWidthPunctuation);
        }
        if (open == '\'')
        {
            Problem(JsonCodes.Syntax, start, "文字须用英文双引号括起，不能用单引号。", "把单引号改为英文双引号 \"。");
        }
        else
        {
            Problem(JsonCodes.FullWidthPunctuation, start, $"此处是全角引号“{open}”，JSON 须用英文双引号。", "改为英文双引号 \"。");
        }
        pos = end + 1;
        return text[(start + 1)..end];
    }

    private JValue ReadNumber(bool inObject)
    {
        var start = pos;
        while (pos < text.Length && NumberText.IsNumberChar(text[pos]))
        {
            pos++;
        }
        var raw = text[start..pos];
        // 4,388.17 in an object: after a value only a key may follow a comma, so digits there are a thousands separator.
        if (inObject && IsThousandsGroup(pos) && raw.TrimStart('-') is { Length: > 0 and <= 3 } digits && digits.All(char.IsAsciiDigit))
        {
            while (IsThousandsGroup(pos))
            {
                pos += 4;
            }
            while (pos < text.Length && NumberText.IsNumberChar(text[pos]))
            {
                pos++;
            }
            var written = text[start..pos];
            var meant = NumberText.WithoutSeparators(written);
            var value = NumberText.Read(meant) is { Value: { } v } ? v : null;
            Problem(JsonCodes.ThousandsSeparator, start, $"数字不能含千位分隔符：{written} 应写为 {meant}。", $"写成 {meant}，数字中不加逗号。", CurrentPath());
            return new JValue(value);
        }
        var reading = NumberText.Read(raw);
        var suffixStart = pos;
        if (reading is null)
        {
            // A number followed by letters (12kg): the longest standard or nearly standard prefix is the number.
            for (var cut = raw.Length - 1; cut > 0; cut--)
            {
                if (char.IsAsciiLetter(raw[cut]) && NumberText.Read(raw[..cut]) is { } prefix)
                {
                    reading = prefix;
                    suffixStart = start + cut;
                    break;
                }
            }
        }
        if (reading is null)
        {
            if (raw is "-" or "+" or ".")
            {
                Stop(start, $"“{raw}”不是有效的值。", "填写数字；未填写时写 null。");
            }
            Stop(start, $"{raw} 不是有效的数字。", "数字写成 1365.61 这样的形式：只用阿拉伯数字和一个小数点。", JsonCodes.NonStandardNumber);
        }
        var result = reading!.Value;
        if (result.Problem is { } problem)
        {
            var suggestion = result.Meant == "null" ? "未填写时写 null。" : $"写成 {result.Meant}。";
            Problem(JsonCodes.NonStandardNumber, start, result.Meant is null or "null" ? $"{problem}。" : $"{problem}，是否应为 {result.Meant}？", suggestion, CurrentPath());
        }
        else if (result.OutOfRange)
        {
            Problem(JsonCodes.NumberOutOfRange, start, $"数值 {raw} 超出可处理的范围（绝对值须在 1e-28 与 7.9e28 之间）。", "核对该数值，金额以万元为单位。", CurrentPath());
        }
        ReadSuffix(start, suffixStart, result.Problem is null && !result.OutOfRange ? raw[..(suffixStart - start)] : null);
        return new JValue(result.Value);
    }

    private bool IsThousandsGroup(int at) =>
        at + 3 < text.Length && text[at] == ',' && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]) && char.IsAsciiDigit(text[at + 3])
        && (at + 4 >= text.Length || !char.IsAsciiDigit(text[at + 4]));

    // Text right after a number up to the next delimiter: a unit (万, 元, %) or other characters typed with it.
    private void ReadSuffix(int numberStart, int suffixStart, string? number)
    {
        pos = suffixStart;
        while (pos < text.Length && !IsDelimiter(text[pos]))
        {
            pos++;
        }
        if (pos == suffixStart)
        {
            return;
        }
        var suffix = text[suffixStart..pos];
        var shown = number ?? text[numberStart..suffixStart];
        Problem(JsonCodes.NumberWithText, numberStart, $"数字 {shown} 后面带有“{suffix}”：数值只能写数字，不能带单位或其他文字。",
            suffix.Contains('%') || suffix.Contains('％') ? $"百分数只写数字，如 96.5 表示 96.5%：写成 {shown}。" : $"写成 {shown}（金额单位为万元）；如需文字说明请写在文字字段中。", CurrentPath());
    }

    private static bool IsDelimiter(char c) =>
        c is ' ' or '\t' or '\r' or '\n' or ',' or '}' or ']' or ':' or '"' or '/' || FullWidth.Meaning(c) is not null || char.IsWhiteSpace(c);

    private JValue ReadWord()
    {
        var start = pos;
        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_'))
        {
            pos++;
        }
        var word = text[start..pos];
        switch (word)
        {
            case "true":
                return new JValue(true);
            case "false":
                return new JValue(false);
            case "null":
                return JValue.CreateNull();
        }
        var lower = word.ToLowerInvariant();
        if (lower is "nan" or "infinity" or "inf")
        {
            var reading = NumberText.Read(word)!.Value;
            Problem(JsonCodes.NonStandardNumber, start, reading.Problem + "。", "未填写时写 null。", CurrentPath());
            return JValue.CreateNull();
        }
        if (lower is "true" or "false" or "null" or "none" or "nil" or "undefined")
        {
            var meant = lower is "true" or "false" ? lower : "null";
            Problem(JsonCodes.Syntax, start, $"{word} 不是 JSON 的写法，应写为 {meant}（全部小写）。", $"写成 {meant}。", CurrentPath());
            return meant switch { "true" => new JValue(true), "false" => new JValue(false), _ => JValue.CreateNull() };
        }
        Stop(start, $"{word} 不是有效的值：文字须加英文双引号。", $"写成 \"{word}\"；未填写时写 null。");
        return null!;
    }

    private void SkipSpace()
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            switch (c)
            {
                case ' ' or '\t':
                    pos++;
                    break;
                case '\n':
                    pos++;
                    NewLine();
                    break;
                case '\r':
                    pos++;
                    if (Peek() != '\n')
                    {
                        NewLine();
                    }
                    break;
                case '/' when pos + 1 < text.Length && text[pos + 1] is '/' or '*':
                    SkipComment();
                    break;
                case '\u3000' or '\u00A0' or '\u200B' or '\uFEFF' or '\u2028' or '\u2029':
                    Problem(JsonCodes.FullWidthPunctuation, pos, $"此处有一个{SpaceName(c)}（U+{(int)c:X4}），JSON 中只能用普通空格。", "删除该字符或改为普通空格。");
                    pos++;
                    break;
                default:
                    return;
            }
        }
    }

    private static string SpaceName(char c) => c switch
    {
        '\u3000' => "全角空格",
        '\u00A0' => "不换行空格",
        '\uFEFF' => "字节顺序标记（BOM）",
        '\u2028' or '\u2029' => "Unicode 换行符",
        _ => "零宽空格",
    };

    // Looking ahead past spaces without reporting (or counting) anything: the caller returns to where it was.
    private void SkipSpaceQuietly()
    {
        while (pos < text.Length && text[pos] is ' ' or '\t')
        {
            pos++;
        }
    }

    private void SkipComment()
    {
        var start = pos;
        var where = At(pos);
        if (text[pos + 1] == '/')
        {
            while (pos < text.Length && text[pos] is not ('\n' or '\r'))
            {
                pos++;
            }
        }
        else
        {
            var end = text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                Stop(start, "注释“/*”没有结束的“*/”；JSON 不允许注释。", "删除这段注释。", JsonCodes.Comment);
            }
            for (pos += 2; pos < end + 2; pos++)
            {
                if (text[pos] == '\n' || (text[pos] == '\r' && (pos + 1 >= text.Length || text[pos + 1] != '\n')))
                {
                    lineStart = pos + 1;
                    line++;
                }
            }
        }
        Problem(JsonCodes.Comment, where, "JSON 不允许注释（// 或 /* */）。", "删除注释；说明文字可写在文字字段中。");
    }

    private void NewLine()
    {
        line++;
        lineStart = pos;
    }

    private char Peek() => pos < text.Length ? text[pos] : '\0';

    private void Enter()
    {
        if (++depth > MaxDepth)
        {
            Stop(pos, $"对象和数组嵌套超过 {MaxDepth} 层。", "数据文件的层次不会这么深：检查括号是否成对。", JsonCodes.TooDeep);
        }
    }

    private void Leave() => depth--;

    // Where a position on the current line is (no line break is ever passed between taking a position and using it).
    private (int Line, int Column) At(int at) => (line, at - lineStart + 1);

    private string CurrentPath()
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment.Name is null)
            {
                builder.Append('[').Append(segment.Index).Append(']');
            }
            else
            {
                var name = segment.Name;
                if (name.Length > 0 && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '$'))
                {
                    builder.Append(builder.Length > 0 ? "." : "").Append(name);
                }
                else
                {
                    builder.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                }
            }
        }
        return builder.ToString();
    }

    private void Problem(string code, int at, string message, string suggestion, string? jsonPath = null) =>
        Problem(code, At(at), message, suggestion, jsonPath);

    private void Problem(string code, (int Line, int Column) at, string message, string suggestion, string? jsonPath = null)
    {
        var prefix = code == JsonCodes.Syntax ? "JSON 格式错误：" : "";
        output.Add(new Diagnostic(Severity.Error, code, prefix + message, file, at.Line, at.Column, jsonPath, suggestion));
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Stop(int at, string message, string suggestion, string code = JsonCodes.Syntax)
    {
        Problem(code, at, message, suggestion);
        throw new StopReading();
    }

    private sealed class StopReading : Exception;
}
