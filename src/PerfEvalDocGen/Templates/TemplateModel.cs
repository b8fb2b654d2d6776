using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Templates;

/// <summary>Builds what templates see: the data under its JSON names, plus the computed figures under <c>figures</c>.</summary>
internal static class TemplateModel
{
    private static readonly CamelCaseNamingStrategy Naming = new();
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Members = new();

    public static Dictionary<string, object?> Create(ReportData data, ReportFigures figures)
    {
        var root = (Dictionary<string, object?>)Convert(data)!;
        root.Remove("$schema");
        root["figures"] = Convert(figures);
        return root;
    }

    // Handlebars resolves dictionaries by key, so JSON names work unchanged in templates. Blank figures stay as null,
    // so a template can test them and a misspelt name is still an error.
    private static object? Convert(object? value)
    {
        switch (value)
        {
            case null or string or decimal or int or long or bool:
                return value;
            case IEnumerable items:
                var list = new List<object?>();
                foreach (var item in items)
                {
                    list.Add(Convert(item));
                }
                return list;
        }
        var members = Members.GetOrAdd(value.GetType(), Describe);
        var map = new Dictionary<string, object?>(members.Length, StringComparer.Ordinal);
        foreach (var (name, property) in members)
        {
            map[name] = Convert(property.GetValue(value));
        }
        return map;
    }

    private static (string, PropertyInfo)[] Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != "EqualityContract")
            .Select(p => (p.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName ?? Naming.GetPropertyName(p.Name, false), p))
            .ToArray();
}
