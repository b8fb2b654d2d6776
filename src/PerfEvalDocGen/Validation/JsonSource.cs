using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation;

/// <summary>Parses data text into a token tree with line information, reporting syntax errors and duplicate keys.</summary>
internal static class JsonSource
{
    /// <summary>
    /// The root token and where each value is, or null when the text is not JSON (the reason is added to <paramref name="output"/>).
    /// One pass over the text builds the tree, records positions and finds repeated keys.
    /// </summary>
    public static (JToken Root, SourceMap Map)? Parse(string text, string file, List<Diagnostic> output)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        var tree = new TreeBuilder();
        var map = new SourceMap();
        var complete = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonToken.Comment)
                {
                    continue;
                }
                if (complete)
                {
                    output.Add(Syntax(file, reader.LineNumber, reader.LinePosition, "数据之后还有多余的内容（一个文件只能有一个最外层的 { … }）。", "删除最外层 } 之后的内容。"));
                    return null;
                }
                if (tree.Add(reader) is { } token)
                {
                    map.Add(token, reader.LineNumber, reader.LinePosition);
                    if (tree.Duplicate is { } key)
                    {
                        output.Add(new Diagnostic(Severity.Error, "PE105", $"字段“{key}”重复出现，后一个会覆盖前一个。",
                            file, reader.LineNumber, reader.LinePosition, reader.Path, "删除其中一个，或合并两处的内容。"));
                    }
                }
                complete = reader.Depth == 0 && reader.TokenType is not (JsonToken.StartObject or JsonToken.StartArray or JsonToken.PropertyName);
            }
        }
        catch (JsonReaderException e)
        {
            output.Add(Syntax(file, e.LineNumber, e.LinePosition, Translate(e.Message), "检查该位置附近的逗号、引号和括号是否成对、是否多余。"));
            return null;
        }
        if (!complete)
        {
            var message = tree.Root is null ? "文件为空或不是 JSON。" : "文件意外结束，可能缺少 } 或 ]。";
            output.Add(Syntax(file, reader.LineNumber, reader.LinePosition, message, "检查该位置附近的逗号、引号和括号是否成对、是否多余。"));
            return null;
        }
        return (tree.Root!, map);
    }

    private static Diagnostic Syntax(string file, int line, int column, string message, string suggestion) =>
        new(Severity.Error, "PE101", $"JSON 格式错误：{message}", file, Math.Max(line, 1), Math.Max(column, 1), null, suggestion);

    // Newtonsoft's messages are English; the common ones are said again in Chinese, the rest kept after a colon.
    private static string Translate(string message)
    {
        var core = message.Split(" Path '", 2)[0].Split(", line ", 2)[0].TrimEnd('.');
        return core switch
        {
            _ when core.StartsWith("Invalid property identifier character", StringComparison.Ordinal) => "此处应为字段名（用英文双引号括起）。",
            _ when core.StartsWith("After parsing a value an unexpected character was encountered", StringComparison.Ordinal) => "值后面缺少逗号，或有多余的字符。",
            _ when core.StartsWith("Unexpected end of content", StringComparison.Ordinal) || core.StartsWith("Unexpected end when", StringComparison.Ordinal) => "文件意外结束，可能缺少 } 或 ]。",
            _ when core.StartsWith("Unterminated string", StringComparison.Ordinal) => "字符串缺少结尾的双引号。",
            _ when core.StartsWith("Unexpected character encountered while parsing value", StringComparison.Ordinal) => "此处不是有效的值（文字须加英文双引号，数字不能带单位）。",
            _ when core.StartsWith("Invalid character after parsing property name", StringComparison.Ordinal) => "字段名后应为英文冒号“:”。",
            _ when core.StartsWith("Additional text encountered after finished reading JSON content", StringComparison.Ordinal) => "数据之后还有多余的内容（一个文件只能有一个最外层的 { … }）。",
            _ when core.StartsWith("Unexpected character encountered while parsing number", StringComparison.Ordinal) => "数字中有非法字符（金额不能带“万”“元”等单位）。",
            _ when core.StartsWith("Error reading JToken from JsonReader", StringComparison.Ordinal) => "文件为空或不是 JSON。",
            _ => $"无法解析（{core}）。",
        };
    }
}
