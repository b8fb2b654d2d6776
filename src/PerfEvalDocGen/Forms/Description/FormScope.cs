using System.Collections.Immutable;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>
/// The names a form description can use where it stands, with their types: the data's fields (unit, budget, …),
/// <c>figures</c>, <c>labels</c> and the loop variables of the repeats around it.
/// </summary>
internal sealed class FormScope
{
    private static readonly ImmutableDictionary<string, Type> Roots = typeof(ReportData).GetProperties()
        .Where(ModelNames.IsVisible)
        .Select(p => (Name: ModelNames.Of(p), p.PropertyType))
        .Where(p => !p.Name.StartsWith('$'))
        .ToImmutableDictionary(p => p.Name, p => p.PropertyType, StringComparer.Ordinal)
        .Add("figures", typeof(ReportFigures))
        .Add(FormValues.LabelsName, typeof(FormLabelValues));

    private readonly ImmutableDictionary<string, Type> locals;
    private readonly ImmutableHashSet<string> indexes;

    private FormScope(ImmutableDictionary<string, Type> locals, ImmutableHashSet<string> indexes)
    {
        this.locals = locals;
        this.indexes = indexes;
    }

    /// <summary>The scope at the top of a form: data, figures and labels.</summary>
    public static FormScope Top { get; } = new(ImmutableDictionary.Create<string, Type>(StringComparer.Ordinal), ImmutableHashSet.Create<string>(StringComparer.Ordinal));

    /// <summary>Every name usable here, for suggestions.</summary>
    public IEnumerable<string> Names => Roots.Keys.Concat(locals.Keys).Concat(indexes);

    /// <summary>Whether <paramref name="name"/> is taken here (a loop may not hide a data field or another loop's variable).</summary>
    public bool Has(string name) => Roots.ContainsKey(name) || locals.ContainsKey(name) || indexes.Contains(name);

    /// <summary>The type of a root name, or null when it names nothing here.</summary>
    public Type? TypeOf(string name) =>
        locals.TryGetValue(name, out var local) ? local
        : indexes.Contains(name) ? typeof(int)
        : Roots.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="name"/> is the index variable of a loop around.</summary>
    public bool IsIndex(string name) => indexes.Contains(name);

    /// <summary>The scope inside a loop over items of <paramref name="itemType"/>.</summary>
    public FormScope Inside(string item, Type itemType, string? index) =>
        new(locals.SetItem(item, itemType), index is null ? indexes : indexes.Add(index));

    /// <summary>The loop variables and their types, for checking templates.</summary>
    public IReadOnlyDictionary<string, Type> Locals => locals.AddRange(indexes.Select(i => KeyValuePair.Create(i, typeof(int))));
}
