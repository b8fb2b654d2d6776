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

    /// <summary>
    /// The model of one report; <paramref name="attachments"/> is the package's plan (Forms.AttachmentPlan), read by
    /// <c>attachments</c> and <c>attachment_label</c>; <paramref name="formIds"/> the forms the set names, so that
    /// <c>attachment_label</c> tells a form this unit lacks ("") from a misspelt one (an error). Without it any id is taken.
    /// </summary>
    public static TemplateModel Create(ReportData data, ReportFigures figures, IReadOnlyList<PackageAttachment>? attachments = null, IReadOnlySet<string>? formIds = null)
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
        root.SetValue(AttachmentsName, ToScript(attachments ?? []), true);
        root.IsReadOnly = true;
        return new TemplateModel(root) { FormIds = formIds };
    }

    /// <summary>The form ids the set names, when known.</summary>
    internal IReadOnlySet<string>? FormIds { get; private init; }

    /// <summary>The global templates list the package's attachments under (label, name, form).</summary>
    internal const string AttachmentsName = "attachments";

    private static ScriptArray ToScript(IReadOnlyList<PackageAttachment> attachments)
    {
        var list = new ScriptArray();
        foreach (var a in attachments)
        {
            var item = new ScriptObject { ["label"] = a.Label, ["name"] = a.Name, ["form"] = a.Form ?? "report" };
            item.IsReadOnly = true;
            list.Add(item);
        }
        list.IsReadOnly = true;
        return list;
    }

    /// <summary>The context rendering this report with <paramref name="engine"/>'s set.</summary>
    internal SafeTemplateContext ContextFor(TemplateEngine engine)
    {
        if (!contexts.TryGetValue(engine, out var context))
        {
            context = engine.CreateContext();
            context.FormIds = FormIds;
            context.PushGlobal(root);
            contexts[engine] = context;
        }
        return context;
    }
}
