using System.Collections.Concurrent;
using System.Reflection;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using Scriban.Runtime;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// What templates see for one report: the data under its JSON names (unit, budget, …) plus the computed figures under
/// <c>figures</c>. One context per set is reused by every template of the report.
/// </summary>
internal sealed class TemplateModel
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Roots = new();
    private readonly ScriptObject root;
    private readonly Dictionary<TemplateEngine, SafeTemplateContext> contexts = new(ReferenceEqualityComparer.Instance);

    private TemplateModel(ScriptObject root)
    {
        this.root = root;
    }

    public static TemplateModel Create(ReportData data, ReportFigures figures)
    {
        var root = new ScriptObject();
        foreach (var property in Roots.GetOrAdd(typeof(ReportData), t => t.GetProperties().Where(ModelNames.IsVisible).ToArray()))
        {
            var name = ModelNames.Of(property);
            if (!name.StartsWith('$'))
            {
                root.SetValue(name, property.GetValue(data), true);
            }
        }
        root.SetValue("figures", figures, true);
        root.IsReadOnly = true;
        return new TemplateModel(root);
    }

    /// <summary>The context rendering this report with <paramref name="engine"/>'s set.</summary>
    internal SafeTemplateContext ContextFor(TemplateEngine engine)
    {
        if (!contexts.TryGetValue(engine, out var context))
        {
            context = engine.CreateContext();
            context.PushGlobal(root);
            contexts[engine] = context;
        }
        return context;
    }
}
