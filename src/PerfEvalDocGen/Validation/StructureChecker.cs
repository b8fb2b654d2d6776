using System.Globalization;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Plausibility;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Validation;

/// <summary>Checks a parsed data file against the model: names, kinds, required fields, ranges, dates, characters.</summary>
internal sealed class StructureChecker(string file, SourceMap map, List<Diagnostic> output)
{
    /// <summary>Placeholders that <c>perfeval init</c> writes and a person must replace.</summary>
    public const string PlaceholderMark = "【请填写";

    public void CheckObject(JToken token, Type type) => CheckObject(token, type, "", signed: false);

    // signed: an enclosing field allows negative numbers (an adjustment), so every number inside it may be negative.
    private void CheckObject(JToken token, Type type, string path, bool signed)
    {
        if (token is not JObject obj)
        {
            Report("PE104", token, path, $"“{Describe(path)}”应为对象（{{ … }}），实际为{KindName(token)}。");
            return;
        }
        var fields = ModelShape.Of(type);
        foreach (var property in obj.Properties())
        {
            var childPath = Join(path, property.Name);
            if (!fields.TryGetValue(property.Name, out var field))
            {
                var closest = TextDistance.Closest(property.Name, fields.Keys);
                Report("PE103", property, childPath, $"未知字段“{property.Name}”。",
                    closest is null ? $"此处可用的字段：{string.Join("、", fields.Keys)}。" : $"是否应为“{closest}”（{fields[closest].Field.Title}）？");
                continue;
            }
            CheckValue(property.Value, field, childPath, signed || field.Field.AllowNegative);
        }
        foreach (var field in fields.Values.Where(f => f.Field.Required))
        {
            var value = obj[field.JsonName];
            if (value is null || value.Type == JTokenType.Null || (value.Type == JTokenType.String && string.IsNullOrWhiteSpace((string?)value)))
            {
                var fieldPath = Join(path, field.JsonName);
                Report("PE106", value ?? obj, fieldPath, $"必填字段“{field.Field.Title}”（{fieldPath}）未填写。", field.Field.Description);
            }
        }
    }

    // Paths are built as the tree is walked: a token's own Path looks up its index in the parent array, which made
    // checking a list of n items take n² steps.
    private void CheckValue(JToken value, FieldShape field, string path, bool signed)
    {
        if (value.Type == JTokenType.Null)
        {
            return;
        }
        switch (field.Kind)
        {
            case FieldKind.Object:
                CheckObject(value, field.Property.PropertyType, path, signed);
                break;
            case FieldKind.Array when value is JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var item = array[i];
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    if (item.Type == JTokenType.Null)
                    {
                        Report("PE104", item, itemPath, $"“{field.Field.Title}”列表中不能有空项（null）。", "删除该项，或填写内容。");
                    }
                    else if (item.Type == JTokenType.String && string.IsNullOrWhiteSpace((string?)item))
                    {
                        // An empty name or paragraph prints as an empty line or cell, and counts (内设机构 N 个).
                        Report("PE106", item, itemPath, $"“{field.Field.Title}”第 {i + 1} 项是空文字。", "删除该项，或填写内容。");
                    }
                    else if (field.ItemKind == FieldKind.Object)
                    {
                        CheckObject(item, field.ItemType!, itemPath, signed);
                    }
                    else
                    {
                        CheckScalar(item, field, field.ItemKind, itemPath, signed);
                    }
                }
                break;
            case FieldKind.Array:
                Report("PE104", value, path, $"“{field.Field.Title}”应为数组（[ … ]），实际为{KindName(value)}。");
                break;
            default:
                CheckScalar(value, field, field.Kind, path, signed);
                break;
        }
    }

    private void CheckScalar(JToken value, FieldShape field, FieldKind kind, string path, bool signed)
    {
        var title = field.Field.Title;
        if (value.Type == JTokenType.Null)
        {
            return;
        }
        switch (kind)
        {
            case FieldKind.String when value.Type != JTokenType.String:
                Report("PE104", value, path, $"“{title}”应为文字（加英文双引号），实际为{KindName(value)}。",
                    field.Field.Format != FieldFormat.Text && value.Type == JTokenType.Integer ? ValueMeant.Date(value.ToString(), field.Field.Format) is { } date ? $"日期要加英文双引号；{date}" : null : null);
                return;
            case FieldKind.String:
                CheckText((string)value!, value, path, field.Field);
                return;
            case FieldKind.Number or FieldKind.Integer when value.Type is not (JTokenType.Integer or JTokenType.Float):
                var suggestion = value.Type != JTokenType.String ? "填写数字；未填写时写 null。"
                    : ValueMeant.Number((string)value!, FigureKinds.Of(field.Field, kind), kind == FieldKind.Integer)
                        ?? (LooksNumeric((string)value!) ? "去掉引号和单位，直接写数字，如 1365.61。" : "填写数字；未填写时写 null。");
                Report("PE104", value, path, $"“{title}”应为数字，实际为{KindName(value)}。", suggestion);
                return;
            case FieldKind.Integer when !IsWhole((JValue)value):
                Report("PE104", value, path, $"“{title}”应为整数，实际为 {Invariant(value)}。", "人数、年度等只能是整数（不超过 2147483647）。");
                return;
        }
        var number = Convert.ToDecimal(((JValue)value).Value, CultureInfo.InvariantCulture);
        var attribute = field.Field;
        var figure = FigureKinds.Of(attribute, kind);
        if (number < 0 && !attribute.AllowNegative && !signed)
        {
            Report("PE107", value, path, $"“{title}”不能为负数，实际为 {Invariant(value)}。", "核对正负号；确为减少数时请在说明中写明。");
        }
        else if ((!double.IsNaN(attribute.Minimum) && (double)number < attribute.Minimum) || (!double.IsNaN(attribute.Maximum) && (double)number > attribute.Maximum))
        {
            var range = $"{(double.IsNaN(attribute.Minimum) ? 0 : attribute.Minimum)}–{attribute.Maximum}";
            var meant = figure switch
            {
                FigureKind.Percent or FigureKind.Score when MagnitudeCheck.PercentMeant(number) is { } m => string.Create(CultureInfo.InvariantCulture, $"是否漏了小数点，应为 {m}？"),
                FigureKind.Year when MagnitudeCheck.YearMeant(number) is { } y => string.Create(CultureInfo.InvariantCulture, $"是否应为 {y}？"),
                _ => "",
            };
            Report("PE109", value, path, $"“{title}”应在 {range} 之间，实际为 {Invariant(value)}。{meant}", attribute.Description);
        }
        else if (MagnitudeCheck.Check(figure, title, number) is { } finding)
        {
            Report(finding.Code, value, path, finding.Message, finding.Suggestion, Severity.Warning);
        }
    }

    // An integer field takes any number with no fraction, as JSON Schema's "integer" does (55.0, 5.5e1); the value is
    // then held as a whole number so that what is read is what the schema accepts.
    private static bool IsWhole(JValue value)
    {
        switch (value.Value)
        {
            case long l:
                return l is >= int.MinValue and <= int.MaxValue;
            case decimal d when d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue:
                value.Value = (long)d;
                return true;
            default:
                return false;
        }
    }

    private void CheckText(string text, JToken token, string path, FieldAttribute field)
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
            Report("PE110", token, path, $"“{field.Title}”第 {bad + 1} 个字符是无法写入文档的控制字符 U+{(int)text[bad]:X4}。", "删除该字符（常见于从其他软件复制的文字）。");
        }
        else if (!HasValidSurrogates(text))
        {
            Report("PE110", token, path, $"“{field.Title}”含有不完整的 Unicode 字符（孤立代理项）。", "重新输入该段文字。");
        }
        if (text.Contains('\uFFFD'))
        {
            Report("PE145", token, path, $"“{field.Title}”第 {text.IndexOf('\uFFFD') + 1} 个字符是替换字符“\uFFFD”：这段文字在编码转换中已经损坏。",
                "用原始文档重新输入或粘贴这段文字，并以 UTF-8 编码保存数据文件。");
        }
        CheckLayoutCharacters(text, token, path, field);
        if (text.Contains(PlaceholderMark, StringComparison.Ordinal))
        {
            Report("PE111", token, path, $"“{field.Title}”仍是待填写的占位内容：{text}", field.Description);
        }
        else if (field.Format == FieldFormat.Text && LeftoverPlaceholder.Find(text) is { } placeholder)
        {
            Report("PE148", token, path, $"“{field.Title}”中的“{placeholder}”像是模板或范文中没有替换的占位内容，会原样印入报告。",
                "换成实际内容；确实没有的，删去该项或写明“无”。", Severity.Warning);
        }
        if (field.Choices is { } choices && !choices.Contains(text.Trim(), StringComparer.Ordinal))
        {
            Report("PE121", token, path, $"“{field.Title}”只能是{string.Join("或", choices.Select(c => $"“{c}”"))}，实际为“{text}”。", field.Description);
        }
        if (field.Format != FieldFormat.Text && !IsDate(text, field.Format))
        {
            var shape = field.Format == FieldFormat.Date ? "YYYY-MM-DD，如 2024-05-28" : "YYYY-MM 或 YYYY-MM-DD，如 2024-05";
            Report("PE108", token, path, $"“{field.Title}”不是有效日期：“{text}”。", ValueMeant.Date(text, field.Format) ?? $"写成 {shape}。");
        }
        else if (field.Format != FieldFormat.Text && DateText.TryParse(text, out var year, out _, out _)
            && year is < PlausibleLimits.FirstYear or > PlausibleLimits.LastYear)
        {
            Report("PE143", token, path, $"“{field.Title}”的年份 {year} 不在 {PlausibleLimits.FirstYear}–{PlausibleLimits.LastYear} 之间。",
                "核对年份是否输错。", Severity.Warning);
        }
    }

    // Spaces around a text and breaks inside it are printed as typed: a trailing space lands in the file name
    // ("…办事处 2023年度…"), a line break splits a name across two lines of the title, a tab prints as a wide gap.
    private void CheckLayoutCharacters(string text, JToken token, string path, FieldAttribute field)
    {
        if (field.Format != FieldFormat.Text || text.Length == 0)
        {
            return;
        }
        if (IsLayoutSpace(text[0]) || IsLayoutSpace(text[^1]))
        {
            var at = IsLayoutSpace(text[0]) ? (IsLayoutSpace(text[^1]) ? "开头和末尾" : "开头") : "末尾";
            var which = IsLayoutSpace(text[0]) ? text[0] : text[^1];
            Report("PE146", token, path, $"“{field.Title}”{at}有{SpaceName(which)}，会原样印入报告的表格或标题{(path == "unit.name" ? "和文件名" : "")}。",
                "删去首尾的空格和换行。", Severity.Warning);
        }
        var inner = text.AsSpan().Trim(LayoutSpaces);
        var brk = inner.IndexOfAny(BreakCharacters);
        if (brk >= 0)
        {
            Report("PE147", token, path, $"“{field.Title}”中有{SpaceName(inner[brk])}：报告会在此处{(inner[brk] == '\t' ? "留出一段空白" : "断开，另起一行或一段")}。",
                "删去它；要分成两段，请把每段写成列表中单独的一项。", Severity.Warning);
        }
    }

    private static bool IsLayoutSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static readonly char[] LayoutSpaces = [.. Enumerable.Range(0, 0x3001).Select(i => (char)i).Where(IsLayoutSpace)];

    private static readonly System.Buffers.SearchValues<char> BreakCharacters = System.Buffers.SearchValues.Create("\n\r\t\u2028\u2029\u000B\u000C\u0085");

    private static string SpaceName(char c) => c switch
    {
        ' ' => "空格",
        '\u3000' => "全角空格",
        '\u00A0' => "不换行空格",
        '\t' => "制表符",
        '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' => "换行符",
        '\u200B' or '\uFEFF' => "零宽空格",
        _ => $"空白字符 U+{(int)c:X4}",
    };

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
        JTokenType.Null => "空值 null",
        _ => "无法识别的值",
    };

    // The same path Newtonsoft writes: a name with a character JSONPath gives a meaning to goes in ['…'].
    private static string Join(string parent, string name) =>
        name.AsSpan().IndexOfAny(PathSpecials) >= 0 ? $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']"
        : parent.Length == 0 ? name : $"{parent}.{name}";

    private static readonly System.Buffers.SearchValues<char> PathSpecials = System.Buffers.SearchValues.Create(".' /\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    private static string Describe(string path) => path.Length == 0 ? "数据文件" : path;

    private void Report(string code, JToken token, string path, string message, string? suggestion = null, Severity severity = Severity.Error)
    {
        var (line, column) = map.Of(token) ?? map.Locate(path);
        output.Add(new Diagnostic(severity, code, message, file, line, column, path.Length == 0 ? "$" : path, suggestion));
    }

    /// <summary>A value's text as JSON writes it, never in the machine's culture (de_DE would print 512,38).</summary>
    private static string Invariant(JToken value) =>
        value is JValue { Value: IFormattable formattable } ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
}
