using System.Globalization;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Validation;

/// <summary>Checks a parsed data file against the model: names, kinds, required fields, ranges, dates, characters.</summary>
internal sealed class StructureChecker(string file, SourceMap map, List<Diagnostic> output)
{
    /// <summary>Placeholders that <c>perfeval init</c> writes and a person must replace.</summary>
    public const string PlaceholderMark = "【请填写";

    public void CheckObject(JToken token, Type type)
    {
        if (token is not JObject obj)
        {
            Report("PE104", token.Path, $"“{Describe(token.Path)}”应为对象（{{ … }}），实际为{KindName(token)}。");
            return;
        }
        var fields = ModelShape.Of(type);
        foreach (var property in obj.Properties())
        {
            if (!fields.TryGetValue(property.Name, out var field))
            {
                var closest = TextDistance.Closest(property.Name, fields.Keys);
                Report("PE103", property.Value.Path, $"未知字段“{property.Name}”。",
                    closest is null ? $"此处可用的字段：{string.Join("、", fields.Keys)}。" : $"是否应为“{closest}”（{fields[closest].Field.Title}）？");
                continue;
            }
            CheckValue(property.Value, field);
        }
        foreach (var field in fields.Values.Where(f => f.Field.Required))
        {
            var value = obj[field.JsonName];
            if (value is null || value.Type == JTokenType.Null || (value.Type == JTokenType.String && string.IsNullOrWhiteSpace((string?)value)))
            {
                var path = Join(obj.Path, field.JsonName);
                Report("PE106", path, $"必填字段“{field.Field.Title}”（{path}）未填写。", field.Field.Description);
            }
        }
    }

    private void CheckValue(JToken value, FieldShape field)
    {
        if (value.Type == JTokenType.Null)
        {
            return;
        }
        switch (field.Kind)
        {
            case FieldKind.Object:
                CheckObject(value, field.Property.PropertyType);
                break;
            case FieldKind.Array when value is JArray array:
                foreach (var item in array)
                {
                    if (item.Type == JTokenType.Null)
                    {
                        Report("PE104", item.Path, $"“{field.Field.Title}”列表中不能有空项（null）。", "删除该项，或填写内容。");
                    }
                    else if (field.ItemKind == FieldKind.Object)
                    {
                        CheckObject(item, field.ItemType!);
                    }
                    else
                    {
                        CheckScalar(item, field, field.ItemKind);
                    }
                }
                break;
            case FieldKind.Array:
                Report("PE104", value.Path, $"“{field.Field.Title}”应为数组（[ … ]），实际为{KindName(value)}。");
                break;
            default:
                CheckScalar(value, field, field.Kind);
                break;
        }
    }

    private void CheckScalar(JToken value, FieldShape field, FieldKind kind)
    {
        var title = field.Field.Title;
        if (value.Type == JTokenType.Null)
        {
            return;
        }
        switch (kind)
        {
            case FieldKind.String when value.Type != JTokenType.String:
                Report("PE104", value.Path, $"“{title}”应为文字（加英文双引号），实际为{KindName(value)}。");
                return;
            case FieldKind.String:
                CheckText((string)value!, value.Path, field.Field);
                return;
            case FieldKind.Number or FieldKind.Integer when value.Type is not (JTokenType.Integer or JTokenType.Float):
                var suggestion = value.Type == JTokenType.String && LooksNumeric((string)value!)
                    ? "去掉引号和单位，直接写数字，如 1365.61。" : "填写数字；未填写时写 null。";
                Report("PE104", value.Path, $"“{title}”应为数字，实际为{KindName(value)}。", suggestion);
                return;
            case FieldKind.Integer when value.Type == JTokenType.Float || !int.TryParse(Invariant(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out _):
                Report("PE104", value.Path, $"“{title}”应为整数，实际为 {Invariant(value)}。");
                return;
        }
        if (!decimal.TryParse(Invariant(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            Report("PE109", value.Path, $"“{title}”的数值 {Invariant(value)} 超出可处理的范围。");
            return;
        }
        var attribute = field.Field;
        if (number < 0 && !attribute.AllowNegative)
        {
            Report("PE107", value.Path, $"“{title}”不能为负数，实际为 {Invariant(value)}。", "核对正负号；确为减少数时请在说明中写明。");
        }
        else if ((!double.IsNaN(attribute.Minimum) && (double)number < attribute.Minimum) || (!double.IsNaN(attribute.Maximum) && (double)number > attribute.Maximum))
        {
            var range = $"{(double.IsNaN(attribute.Minimum) ? 0 : attribute.Minimum)}–{attribute.Maximum}";
            Report("PE109", value.Path, $"“{title}”应在 {range} 之间，实际为 {Invariant(value)}。", attribute.Description);
        }
    }

    private void CheckText(string text, string path, FieldAttribute field)
    {
        // XML 1.0 carries tab, line feed and carriage return, but no other control character, U+FFFE/U+FFFF or a lone surrogate.
        var bad = text.AsSpan().IndexOfAnyExcept(XmlSafe);
        while (bad >= 0 && !IsXmlUnsafe(text[bad]))
        {
            var next = text.AsSpan(bad + 1).IndexOfAnyExcept(XmlSafe);
            bad = next < 0 ? -1 : bad + 1 + next;
        }
        if (bad >= 0)
        {
            Report("PE110", path, $"“{field.Title}”第 {bad + 1} 个字符是无法写入文档的控制字符 U+{(int)text[bad]:X4}。", "删除该字符（常见于从其他软件复制的文字）。");
        }
        else if (!HasValidSurrogates(text))
        {
            Report("PE110", path, $"“{field.Title}”含有不完整的 Unicode 字符（孤立代理项）。", "重新输入该段文字。");
        }
        if (text.Contains(PlaceholderMark, StringComparison.Ordinal))
        {
            Report("PE111", path, $"“{field.Title}”仍是待填写的占位内容：{text}", field.Description);
        }
        if (field.Format != FieldFormat.Text && !IsDate(text, field.Format))
        {
            var shape = field.Format == FieldFormat.Date ? "YYYY-MM-DD，如 2024-05-28" : "YYYY-MM 或 YYYY-MM-DD，如 2024-05";
            Report("PE108", path, $"“{field.Title}”不是有效日期：“{text}”。", $"写成 {shape}。");
        }
    }

    private static readonly System.Buffers.SearchValues<char> XmlSafe = System.Buffers.SearchValues.Create(
        Enumerable.Range(0x20, 0xFFFE - 0x20).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).Concat(['\t', '\n', '\r']).ToArray());

    private static bool IsXmlUnsafe(char c) => (char.IsControl(c) && c is not ('\n' or '\t' or '\r')) || c is '\uFFFE' or '\uFFFF';

    private static bool IsDate(string text, FieldFormat format) =>
        DateText.TryParse(text, out _, out _, out var day) && (format != FieldFormat.Date || day is not null);

    private static bool HasValidSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool LooksNumeric(string text) =>
        decimal.TryParse(text.Trim().TrimEnd('万', '元', '%', '％').Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string KindName(JToken token) => token.Type switch
    {
        JTokenType.String => $"文字 \"{token}\"",
        JTokenType.Integer or JTokenType.Float => $"数字 {token}",
        JTokenType.Boolean => $"逻辑值 {token.ToString().ToLowerInvariant()}",
        JTokenType.Array => "数组",
        JTokenType.Object => "对象",
        _ => token.Type.ToString(),
    };

    private static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private static string Describe(string path) => path.Length == 0 ? "数据文件" : path;

    private void Report(string code, string path, string message, string? suggestion = null)
    {
        var (line, column) = map.Locate(path);
        output.Add(new Diagnostic(Severity.Error, code, message, file, line, column, path.Length == 0 ? "$" : path, suggestion));
    }

    /// <summary>A value's text as JSON writes it, never in the machine's culture (de_DE would print 512,38).</summary>
    private static string Invariant(JToken value) =>
        value is JValue { Value: IFormattable formattable } ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
}
