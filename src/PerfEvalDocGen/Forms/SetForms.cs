using System.Runtime.CompilerServices;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Forms.Description;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms;

/// <summary>
/// A template set's attachment forms read from its form files, once per set. The set holds the files' text (templates
/// sit below the tables and the document body a form prints through); this reads them into descriptions and reports
/// every problem of every form at once, before a package is begun.
/// </summary>
internal static class SetForms
{
    private static readonly ConditionalWeakTable<TemplateSet, IReadOnlyDictionary<string, DescribedForm>> Read = new();

    /// <summary>The set's forms by id; throws <see cref="PerfEvalException"/> with every form file's problems.</summary>
    public static IReadOnlyDictionary<string, DescribedForm> Of(TemplateSet set) =>
        Read.GetValue(set, static s => Load(s));

    private static IReadOnlyDictionary<string, DescribedForm> Load(TemplateSet set)
    {
        var width = PageGeometry.TextWidth(set.Manifest.Layout);
        var forms = new Dictionary<string, DescribedForm>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var (id, file) in set.FormFiles)
        {
            try
            {
                forms[id] = new DescribedForm(FormReader.Read(id, file.Text, file.ShownAs, set.FormEngine, width));
            }
            catch (PerfEvalException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }
        return diagnostics.Count > 0 ? throw new PerfEvalException(diagnostics) : forms;
    }
}
