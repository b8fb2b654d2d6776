using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>
/// A path in a form description naming a figure or a data field, e.g. <c>figures.threePublicTotal.currentActual</c>,
/// <c>building.approvedArea</c> or <c>figures.buildings[i].areaControlRate</c>: resolved against the model's types when
/// the form is read (so a misspelt path is caught before anything is generated) and followed on the objects when printed.
/// </summary>
internal sealed partial class FormPath
{
    private readonly Step[] steps;

    private FormPath(string text, string root, Step[] steps, Type type)
    {
        Text = text;
        Root = root;
        this.steps = steps;
        Type = type;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The first name: a data field, figures, labels or a loop variable.</summary>
    public string Root { get; }

    /// <summary>The type the path ends on (nullable wrappers removed).</summary>
    public Type Type { get; }

    /// <summary>Whether the path ends on a list.</summary>
    public bool IsList => ItemType(Type) is not null;

    /// <summary>
    /// Resolves <paramref name="text"/> in <paramref name="scope"/>; returns null and sets <paramref name="error"/>
    /// (Chinese, for the maintainer) when it names no field.
    /// </summary>
    public static FormPath? Parse(string text, FormScope scope, out string? error)
    {
        error = null;
        var match = Syntax().Match(text);
        if (!match.Success)
        {
            error = $"“{text}”不是字段路径：应写成以点分隔的名称，如 figures.threePublicTotal.currentActual、building.approvedArea 或 figures.buildings[i].areaControlRate。";
            return null;
        }
        var root = match.Groups["root"].Value;
        if (scope.TypeOf(root) is not { } type)
        {
            error = $"“{text}”中的“{root}”不是数据、figures、labels 或本表的循环变量。{Hint(root, scope.Names)}";
            return null;
        }
        var steps = new List<Step>();
        foreach (Capture capture in match.Groups["step"].Captures)
        {
            var part = capture.Value;
            if (part.StartsWith('['))
            {
                var inner = part[1..^1];
                if (ItemType(type) is not { } item)
                {
                    error = $"“{text}”中“{part}”之前的部分不是列表，不能取第几项。";
                    return null;
                }
                if (int.TryParse(inner, out var constant))
                {
                    steps.Add(new Step(null, constant, null));
                }
                else if (scope.IsIndex(inner))
                {
                    steps.Add(new Step(null, null, inner));
                }
                else
                {
                    error = $"“{text}”中的“{inner}”不是本表循环的序号变量（each 的 index）。";
                    return null;
                }
                type = Nullable.GetUnderlyingType(item) ?? item;
                continue;
            }
            var name = part[1..];
            var property = Member(type, name);
            if (property is null)
            {
                error = $"“{text}”：{Describe(type, text[..capture.Index])}中没有字段“{name}”。{Hint(name, Members(type).Select(ModelNames.Of))}";
                return null;
            }
            steps.Add(new Step(property, null, null));
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }
        return new FormPath(text, root, steps.ToArray(), type);
    }

    /// <summary>Follows the path; <paramref name="absent"/> is true when an object or item on the way is missing.</summary>
    public object? Resolve(FormValues values, out bool absent)
    {
        absent = false;
        var current = values.Get(Root, out var present);
        if (!present)
        {
            absent = true;
            return null;
        }
        foreach (var step in steps)
        {
            if (current is null)
            {
                absent = true;
                return null;
            }
            if (step.Property is { } property)
            {
                current = property.GetValue(current);
                continue;
            }
            var index = step.Constant ?? values.Index(step.IndexVariable!);
            if (current is not IList list || index is not { } i || i < 0 || i >= list.Count)
            {
                absent = true;
                return null;
            }
            current = list[i];
        }
        return current;
    }

    /// <summary>The item type of a list type, or null.</summary>
    public static Type? ItemType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }
        return type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>))
            ? type.GetGenericArguments()[0]
            : null;
    }

    /// <summary>The visible properties of a model type, as templates see them.</summary>
    public static IEnumerable<PropertyInfo> Members(Type type) =>
        type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || ItemType(type) is not null
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(ModelNames.IsVisible);

    /// <summary>The property a template name denotes on <paramref name="type"/>, or null.</summary>
    public static PropertyInfo? Member(Type type, string name) =>
        Members(type).FirstOrDefault(p => ModelNames.Of(p) == name);

    /// <summary>" 是否应为“x”？" for the closest of <paramref name="candidates"/>, or "".</summary>
    public static string Hint(string name, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: TextDistance.Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? "" : $"是否应为“{best.Name}”？";
    }

    // What the path names up to a step, as the maintainer wrote it ("figures", "budget.bySource"), never a C# type's name.
    private static string Describe(Type type, string written) => ItemType(type) is not null ? "列表" : type == typeof(string) || type.IsValueType ? "这个值（文字或数字）" : $"“{written}”";

    private sealed record Step(PropertyInfo? Property, int? Constant, string? IndexVariable);

    [GeneratedRegex(@"^(?<root>[A-Za-z_][A-Za-z0-9_]*)(?<step>\.[A-Za-z_][A-Za-z0-9_]*|\[(?:\d+|[A-Za-z_][A-Za-z0-9_]*)\])*$")]
    private static partial Regex Syntax();
}
