using System.Collections.Immutable;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using Scriban.Runtime;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>The values behind a <see cref="FormScope"/> while a form is printed: the report's data and figures and the current loop items.</summary>
internal sealed class FormValues
{
    /// <summary>The name the manifest's labels go by in a form.</summary>
    public const string LabelsName = "labels";

    private static readonly Dictionary<string, System.Reflection.PropertyInfo> DataRoots = typeof(ReportData).GetProperties()
        .Where(ModelNames.IsVisible)
        .ToDictionary(ModelNames.Of, StringComparer.Ordinal);

    private readonly FormContext context;
    private readonly ImmutableDictionary<string, object?> locals;
    private readonly ImmutableDictionary<string, int?> indexes;

    private FormValues(FormContext context, ImmutableDictionary<string, object?> locals, ImmutableDictionary<string, int?> indexes)
    {
        this.context = context;
        this.locals = locals;
        this.indexes = indexes;
    }

    public FormContext Context => context;

    public static FormValues Top(FormContext context) =>
        new(context, ImmutableDictionary.Create<string, object?>(StringComparer.Ordinal), ImmutableDictionary.Create<string, int?>(StringComparer.Ordinal));

    /// <summary>Inside a loop: <paramref name="item"/> is the current item (null in a blank copy), <paramref name="index"/> its place.</summary>
    public FormValues Inside(string name, object? item, string? indexName, int? index) =>
        new(context, locals.SetItem(name, item), indexName is null ? indexes : indexes.SetItem(indexName, index));

    /// <summary>A root name's value; <paramref name="present"/> is false for the index of a blank copy.</summary>
    public object? Get(string name, out bool present)
    {
        present = true;
        if (locals.TryGetValue(name, out var local))
        {
            return local;
        }
        if (indexes.TryGetValue(name, out var index))
        {
            present = index is not null;
            return index;
        }
        if (name == "figures")
        {
            return context.Figures;
        }
        if (name == LabelsName)
        {
            return context.Labels;
        }
        return DataRoots.TryGetValue(name, out var property) ? property.GetValue(context.Data) : null;
    }

    /// <summary>The place of the current item of the loop with this index name; null in a blank copy.</summary>
    public int? Index(string name) => indexes.GetValueOrDefault(name);

    /// <summary>The loop variables and labels as template variables.</summary>
    public ScriptObject Variables()
    {
        var variables = new ScriptObject();
        variables.SetValue(LabelsName, context.Labels, true);
        foreach (var (name, value) in locals)
        {
            variables.SetValue(name, value, true);
        }
        foreach (var (name, value) in indexes)
        {
            variables.SetValue(name, value, true);
        }
        return variables;
    }
}
