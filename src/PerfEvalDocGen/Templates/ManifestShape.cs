using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Checks manifest.json's JSON against the manifest's shape before it is read, and says every problem in Chinese at
/// its line and column: a syntax error, a name written twice, a name the manifest does not have (or written in another
/// case, which the reader would otherwise take silently), and a value of the wrong kind (a number where text belongs
/// would otherwise print as that number, "16" as a font size would be read as a number).
/// </summary>
internal static partial class ManifestShape
{
    [System.Text.RegularExpressions.GeneratedRegex("^Property with the name '(.*)' already exists")]
    private static partial System.Text.RegularExpressions.Regex DuplicateName();

    private static readonly IContractResolver Resolver = DataJson.CreateSerializer().ContractResolver;

    /// <summary>Throws <see cref="PerfEvalException"/> with every problem of <paramref name="text"/>, the manifest at <paramref name="path"/>.</summary>
    public static void Check(string text, string path)
    {
        JToken root;
        try
        {
            root = JToken.Parse(text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e) when (DuplicateName().Match(e.Message) is { Success: true } duplicate)
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE304", $"manifest.json 的同一个对象里“{duplicate.Groups[1].Value}”写了两次。", path,
                // Json.NET stops after the second name's colon: point at the name.
                e.LineNumber, Math.Max(1, e.LinePosition - JsonConvert.ToString(duplicate.Groups[1].Value).Length), Suggestion: "删去其中一项。"));
        }
        catch (JsonReaderException e)
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE304", "manifest.json 不是有效的 JSON：此处的括号、引号、逗号或冒号不对。", path,
                e.LineNumber, e.LinePosition + 1, Suggestion: "检查逗号、引号和括号是否成对；可先用编辑器的 JSON 格式检查。"));
        }
        var problems = new List<Diagnostic>();
        Walk(root, typeof(TemplateManifest), problems, path);
        if (problems.Count > 0)
        {
            throw new PerfEvalException(problems);
        }
    }

    private static void Walk(JToken token, Type type, List<Diagnostic> problems, string path)
    {
        if (token.Type == JTokenType.Null)
        {
            return;
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (Resolver.ResolveContract(type))
        {
            case JsonPrimitiveContract:
                var expected = Expected(type);
                if (expected is not null && !Fits(token.Type, type))
                {
                    problems.Add(At(token, path, $"“{token.Path}”应是{expected}，这里写的是{Kind(token.Type)}。",
                        expected == "文字" ? "文字写在英文双引号中，如 \"…\"。" : "数字和 true/false 不加引号。"));
                }
                break;
            case JsonArrayContract array:
                if (token is not JArray items)
                {
                    problems.Add(At(token, path, $"“{token.Path}”应是列表（[ … ]），这里写的是{Kind(token.Type)}。", "只有一项时也写成列表，如 [ \"…\" ]。"));
                    break;
                }
                foreach (var item in items)
                {
                    Walk(item, array.CollectionItemType ?? typeof(object), problems, path);
                }
                break;
            case JsonDictionaryContract dictionary:
                if (token is not JObject entries)
                {
                    problems.Add(At(token, path, $"“{token.Path}”应是对象（{{ … }}），这里写的是{Kind(token.Type)}。", "参照 perfeval templates export 导出的 manifest.json 书写。"));
                    break;
                }
                foreach (var entry in entries.Properties())
                {
                    Walk(entry.Value, dictionary.DictionaryValueType ?? typeof(object), problems, path);
                }
                break;
            case JsonObjectContract contract:
                if (token is not JObject o)
                {
                    problems.Add(At(token, path, $"“{Shown(token)}”应是对象（{{ … }}），这里写的是{Kind(token.Type)}。", "参照 perfeval templates export 导出的 manifest.json 书写。"));
                    break;
                }
                var names = contract.Properties.Where(p => !p.Ignored && p.Writable).Select(p => p.PropertyName!).ToList();
                foreach (var property in o.Properties())
                {
                    var known = contract.Properties.FirstOrDefault(p => !p.Ignored && p.Writable && p.PropertyName == property.Name);
                    if (known is null)
                    {
                        var sameLetters = names.FirstOrDefault(n => string.Equals(n, property.Name, StringComparison.OrdinalIgnoreCase));
                        var closest = sameLetters ?? Closest(property.Name, names);
                        problems.Add(At(property, path,
                            sameLetters is not null
                                ? $"manifest.json 中的“{property.Name}”大小写不对，应为“{sameLetters}”（名称区分大小写）。"
                                : $"manifest.json 中有未知的项“{property.Name}”{(Shown(o) is { Length: > 0 } where ? $"（在“{where}”中）" : "")}。{(closest is null ? "" : $"是否应为“{closest}”？")}",
                            $"此处可用的项：{string.Join("、", names)}。"));
                        continue;
                    }
                    Walk(property.Value, known.PropertyType ?? typeof(object), problems, path);
                }
                break;
        }
    }

    private static string Shown(JToken token) => token.Path.Length == 0 ? "" : token.Path;

    private static string? Expected(Type type) =>
        type == typeof(string) ? "文字"
        : type == typeof(bool) ? "true 或 false"
        : type.IsEnum ? null
        : Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal ? "数字" : null;

    private static bool Fits(JTokenType kind, Type type) =>
        type == typeof(string) ? kind == JTokenType.String
        : type == typeof(bool) ? kind == JTokenType.Boolean
        : kind is JTokenType.Integer or JTokenType.Float;

    private static string Kind(JTokenType kind) => kind switch
    {
        JTokenType.String => "文字",
        JTokenType.Integer or JTokenType.Float => "数字",
        JTokenType.Boolean => "true/false",
        JTokenType.Array => "列表",
        JTokenType.Object => "对象",
        _ => "其他内容",
    };

    private static Diagnostic At(JToken token, string path, string message, string suggestion)
    {
        var place = JsonPlace.Of(token);
        return new Diagnostic(Severity.Error, "PE304", message, path, place.Line, place.Column, token.Path.Length == 0 ? null : token.Path, suggestion);
    }

    private static string? Closest(string name, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: TextDistance.Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name;
    }
}
