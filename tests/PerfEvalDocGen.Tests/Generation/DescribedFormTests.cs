using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>Forms printed from their descriptions: cell texts are plain text, and a form that cannot be laid out is a diagnostic, not a crash.</summary>
public class DescribedFormTests
{
    [Fact]
    public void Markup_characters_in_a_units_text_print_as_written_in_a_form()
    {
        var data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        data.Goals[0].Expected = "**重点** #1 \\ 完成";
        data.ProjectExpenditure.SpecialFunds = [new ProjectClass { Name = "*专项* #2", Figures = new YearFigures { CurrentActual = 1m } }];
        var package = new ReportGenerator().Generate(data);

        var tables = DocxReader.Tables(package.Content);
        var basic = tables[0].Elements<TableRow>().Select(DocxReader.CellTexts).ToList();
        Assert.Contains(basic, r => r[0] == "　　*专项* #2");
        var overall = tables[1].Elements<TableRow>().SelectMany(DocxReader.CellTexts).ToList();
        Assert.Contains(overall, t => t.StartsWith("目标1：**重点** #1 \\ 完成", StringComparison.Ordinal));
    }

    [Fact]
    public void A_grid_whose_groups_do_not_match_its_indicators_is_PE324_at_generate()
    {
        using var temp = new TempDirectory();
        var set = Path.Combine(temp.Path, "set");
        PerfEvalDocGen.Generation.TemplateExport.Export(TemplateSet.DefaultName, set);
        var form = Path.Combine(set, "forms", "overall-self-evaluation.json");
        File.WriteAllText(form, File.ReadAllText(form).Replace("\"groups\": \"figures.indicatorGroups\"", "\"groups\": \"figures.projectEvaluations[0].indicatorGroups\""));
        var data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        data.Indicators[0].Level1 = "不在项目中的一级指标";

        var error = Assert.Throws<PerfEvalException>(() => new ReportGenerator(TemplateSet.FromDirectory(set)).Generate(data));

        var diagnostic = Assert.Single(error.Diagnostics, d => d.Code == "PE324");
        Assert.Equal(form, diagnostic.File);
        Assert.True(diagnostic.Line > 0);
    }
}
