using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Web.Api;

/// <summary>
/// The template sets this server offers, chosen by name only: a client never names a folder on the server. The set
/// from <c>--templates</c> is compiled once at start; built-in sets are compiled once per process by the library.
/// All are shared read-only between requests.
/// </summary>
internal sealed class TemplateCatalog
{
    private readonly TemplateSet? directorySet;

    public TemplateCatalog(ServeOptions options)
    {
        directorySet = options.TemplatesDirectory is { } directory ? TemplateSet.FromDirectory(directory) : null;
        if (directorySet is not null)
        {
            Generation.ReportGenerator.ReadForms(directorySet);
        }
    }

    /// <summary>The sets a client can choose, the <c>--templates</c> set first.</summary>
    public IReadOnlyList<TemplateChoice> Choices()
    {
        var choices = new List<TemplateChoice>();
        if (directorySet is not null)
        {
            choices.Add(new TemplateChoice(directorySet.Manifest.Name, directorySet.Manifest.Description ?? "", "目录", true));
        }
        foreach (var name in TemplateSet.EmbeddedNames)
        {
            if (directorySet?.Manifest.Name == name)
            {
                continue;
            }
            choices.Add(new TemplateChoice(name, TemplateSet.EmbeddedManifest(name).Description ?? "", "内置",
                directorySet is null && name == TemplateSet.DefaultName));
        }
        return choices;
    }

    /// <summary>
    /// The set a request asks for by <paramref name="name"/>; with none, the <c>--templates</c> set, or null so the data's
    /// own <c>templateSet</c> decides (as on the command line). Throws PE305 for a name the server does not offer.
    /// </summary>
    public TemplateSet? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return directorySet;
        }
        if (directorySet?.Manifest.Name == name)
        {
            return directorySet;
        }
        if (TemplateSet.EmbeddedNames.Contains(name, StringComparer.Ordinal))
        {
            return TemplateSet.Embedded(name);
        }
        throw new PerfEvalException(new Diagnostic(Severity.Error, "PE305", $"没有名为“{name}”的模板集。",
            Suggestion: $"可用的模板集：{string.Join("、", Choices().Select(c => c.Name))}。"));
    }
}
