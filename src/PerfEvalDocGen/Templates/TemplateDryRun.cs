using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// What a template set needs of a unit's data, found by rendering every template of the set against it (nothing is
/// written): a render that would fail in generate fails here, so a file that validates never fails in generate because
/// of its templates. The hand-kept requiredFields of a manifest need not list what the templates read.
/// </summary>
public static class TemplateDryRun
{
    /// <summary>
    /// Renders the set's titles, file name, sections, sign-off and form labels against <paramref name="data"/>. A template
    /// that reads missing data gives PE316 located in the data file through <paramref name="locate"/> and named by <paramref name="title"/>; any other template
    /// fault is returned as it is (it is the set's, not the data's).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(TemplateSet set, ReportData data, ReportFigures figures, string dataFile, Func<string, (int Line, int Column)> locate, Func<string, string> title)
    {
        var model = TemplateModel.Create(data, figures);
        var found = new List<Diagnostic>();
        foreach (var template in Templates(set))
        {
            try
            {
                template.Render(model);
            }
            catch (PerfEvalException e)
            {
                found.AddRange(e.Diagnostics.Select(d => ToData(d, set, dataFile, locate, title)));
            }
        }
        return found.Distinct().ToList();
    }

    private static IEnumerable<CompiledTemplate> Templates(TemplateSet set)
    {
        yield return set.ReportTitle;
        if (set.CoverTitle is { } cover)
        {
            yield return cover;
        }
        yield return set.FileName;
        foreach (var title in set.Titles.Values)
        {
            yield return title;
        }
        foreach (var section in set.Sections.Values)
        {
            yield return section;
        }
        if (set.SignOff is { } signOff)
        {
            yield return signOff.Unit;
            yield return signOff.Date;
        }
        if (set.SpecialFundsLabel is { } label)
        {
            yield return label;
        }
    }

    // A blank read (PE303 on a blank figure, PE310) is the data's: point at where the data should be filled in.
    private static Diagnostic ToData(Diagnostic template, TemplateSet set, string dataFile, Func<string, (int Line, int Column)> locate, Func<string, string> title)
    {
        var blank = template.Code == "PE310" || (template.Code == "PE303" && template.Message.Contains("未填写", StringComparison.Ordinal));
        if (!blank)
        {
            return template;
        }
        var path = template.JsonPath is { } p && IsDataPath(p) ? p : null;
        var (line, column) = path is null ? (0, 0) : locate(path);
        var what = path is null ? "的一项数据" : $"“{title(path)}”（{path}）";
        var where = $"{template.File}({template.Line},{template.Column})";
        return new Diagnostic(Severity.Error, "PE316",
            $"模板集“{set.Manifest.Name}”生成报告时需要{what}，但未填写：{where} {template.Message}",
            dataFile, line, column, path,
            path is null
                ? $"按 {where} 处模板用到的数据补填；如本单位确无此项，请选用不需要它的模板集。"
                : "填写该项；如本单位确无此项，请选用不需要它的模板集。");
    }

    // Figures are computed and loop variables are the template's own: only names under the data's top-level fields map to the file.
    private static bool IsDataPath(string path)
    {
        var root = path.Split('.', '[')[0];
        return root != "figures" && typeof(ReportData).GetProperties().Any(p => ModelNames.IsVisible(p) && ModelNames.Of(p) == root);
    }

}
