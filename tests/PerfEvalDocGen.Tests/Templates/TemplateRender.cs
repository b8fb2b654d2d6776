using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>Renders one template text against a unit's data with a fresh engine, as a set's section would be.</summary>
internal static class TemplateRender
{
    public static string Run(string source, ReportData? data = null, TemplateEngine? engine = null)
    {
        data ??= new ReportData();
        engine ??= new TemplateEngine();
        return engine.Compile(source, "sections/t.scriban").Render(TemplateModel.Create(data, FigureCalculator.Compute(data)));
    }

    public static Diagnostic Fail(string source, ReportData? data = null, TemplateEngine? engine = null)
    {
        var error = Assert.Throws<PerfEvalException>(() => Run(source, data, engine));
        var diagnostic = Assert.Single(error.Diagnostics);
        AssertChinese(diagnostic);
        return diagnostic;
    }

    /// <summary>No English engine text reaches a user: the message and suggestion carry no Scriban phrase.</summary>
    public static void AssertChinese(Diagnostic diagnostic)
    {
        foreach (var text in new[] { diagnostic.Message, diagnostic.Suggestion ?? "" })
        {
            foreach (var english in new[] { "not found", "Cannot", "Exceeding", "limit", "Unexpected", "Expecting", "error", "Exception", "null", "Invalid", "Object" })
            {
                Assert.DoesNotContain(english, text, StringComparison.Ordinal);
            }
        }
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", diagnostic.Message);
    }
}
