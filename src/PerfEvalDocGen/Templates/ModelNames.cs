using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// The names templates see: the data file's own camelCase names (unit.name, budget.fullYearBudget), as the JSON and the
/// schema spell them, instead of Scriban's snake_case; only public properties of the model are visible, never methods.
/// </summary>
internal static class ModelNames
{
    private static readonly CamelCaseNamingStrategy Naming = new();
    private static readonly ConcurrentDictionary<MemberInfo, string> Names = new();

    public static string Of(MemberInfo member) => Names.GetOrAdd(member, m =>
        m.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName ?? Naming.GetPropertyName(m.Name, false));

    private static readonly ConcurrentDictionary<MemberInfo, bool> Visible = new();

    // Scriban asks for every member of a type each time it builds an accessor: attribute look-ups are cached.
    public static bool IsVisible(MemberInfo member) => Visible.GetOrAdd(member, Decide);

    private static bool Decide(MemberInfo member) =>
        member is PropertyInfo { CanRead: true } property
        && property.GetMethod is { IsPublic: true, IsStatic: false }
        && property.GetIndexParameters().Length == 0
        && property.GetCustomAttribute<JsonIgnoreAttribute>() is null
        && property.Name != "EqualityContract";
}
