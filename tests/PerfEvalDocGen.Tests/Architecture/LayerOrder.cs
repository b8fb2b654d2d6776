using System.Reflection;
using NetArchTest.Rules;

namespace PerfEvalDocGen.Tests.Architecture;

/// <summary>
/// The library's namespaces from the bottom up, as docs/architecture.md gives them, and a check that a namespace refers
/// to none above it. A total order rather than groups, so the check also rules out a loop between two neighbours.
/// </summary>
internal static class LayerOrder
{
    public static readonly IReadOnlyList<string> BottomUp =
    [
        "Diagnostics", "Model", "Layout", "Wording", "Storage", "Packaging", "DataFormat", "WordMarkup", "Reference",
        "Figures", "Tables", "Templates", "Narrative", "Docx", "Forms", "TemplateCheck", "Generation",
        "Validation", "Loading", "Schema", "Batch",
    ];

    /// <summary>
    /// Every reference from a namespace to one above it in <paramref name="order"/>, as "lower type → higher namespace";
    /// empty when the layers point one way. Dependencies are read from the compiled types (signatures and method bodies).
    /// </summary>
    public static List<string> BackwardReferences(Assembly assembly, IReadOnlyList<string> order)
    {
        var found = new List<string>();
        var types = Types.InAssembly(assembly);
        for (var i = 0; i < order.Count - 1; i++)
        {
            var lower = Qualified(order[i]);
            var higher = order.Skip(i + 1).Select(Qualified).ToArray();
            // NetArchTest matches whole namespace segments: "PerfEvalDocGen.Data" would not match "PerfEvalDocGen.DataFormat".
            if (Failing(types, lower, higher).Count == 0)
            {
                continue;
            }
            // Name the namespace each offending type reaches, one higher namespace at a time.
            foreach (var target in higher)
            {
                found.AddRange(Failing(types, lower, [target]).Select(t => $"{t} → {target}"));
            }
        }
        return found;
    }

    private static List<string> Failing(Types types, string lower, string[] higher)
    {
        var result = types.That().ResideInNamespace(lower).ShouldNot().HaveDependencyOnAny(higher).GetResult();
        // ResideInNamespace matches by prefix; a type belongs to a layer when its namespace is the layer's or below it.
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames.Where(t => t.StartsWith(lower + ".", StringComparison.Ordinal))];
    }

    /// <summary>The namespaces directly under PerfEvalDocGen that hold a type, short names.</summary>
    public static SortedSet<string> TopNamespaces(Assembly assembly) =>
        new(assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("PerfEvalDocGen.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1]), StringComparer.Ordinal);

    private static string Qualified(string name) => "PerfEvalDocGen." + name;
}
