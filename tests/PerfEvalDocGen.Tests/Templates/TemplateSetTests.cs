using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Narrative;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

public class TemplateSetTests
{
    private const string Manifest = """
        {
          "name": "test",
          "outline": [
            { "title": "概况", "template": "概况" },
            { "title": "政府性基金", "template": "空", "omitWhenEmpty": true },
            { "title": "问题", "template": "问题", "children": [ { "title": "细项", "template": "空", "omitWhenEmpty": true }, { "title": "原因", "template": "概况" } ] }
          ]
        }
        """;

    [Fact]
    public void A_left_out_section_leaves_no_gap_in_the_numbering()
    {
        using var temp = new TempDirectory();
        var folder = TemplateFolder.Write(temp, Manifest, ("概况", "{{ unit.name }}概况。"), ("空", "{{ if unit.shortName }}有{{ end }}"), ("问题", "# 第一点\n正文\n#+ 第二点：\n说明。"));
        var blocks = Render(folder, new ReportData { Unit = { Name = "某街道" } });
        Assert.Equal(
            ["一、概况", "某街道概况。", "二、问题", "（一）第一点", "正文", "（二）第二点：说明。", "（三）原因", "某街道概况。"],
            blocks.Select(b => b.PlainText));
        Assert.Equal(2, blocks[5].Level);
        Assert.NotEmpty(blocks[5].Body);
    }

    [Fact]
    public void Data_put_into_a_template_can_never_become_markup()
    {
        using var temp = new TempDirectory();
        var folder = TemplateFolder.Write(temp, """{ "name": "t", "outline": [ { "title": "职责", "template": "职责" } ] }""", ("职责", "{{~ for duty in duties ~}}\n#+ {{ duty.office }}：\n{{ duty.text }}\n{{~ end ~}}"));
        var data = new ReportData { Duties = [new OfficeDuty { Office = "# 办公室", Text = "负责**重点**工作\n# 不是标题\\" }] };
        var blocks = Render(folder, data);
        Assert.Equal(["一、职责", "（一）# 办公室：负责**重点**工作", "# 不是标题\\"], blocks.Select(b => b.PlainText));
        Assert.All(blocks.SelectMany(b => b.Heading.Concat(b.Body)), i => Assert.False(i.Bold));
        Assert.Equal(0, blocks[2].Level);
    }

    [Fact]
    public void An_unknown_variable_is_an_error_with_file_line_and_column()
    {
        using var temp = new TempDirectory();
        var folder = TemplateFolder.Write(temp, """{ "name": "t", "outline": [ { "title": "概况", "template": "概况" } ] }""", ("概况", "第一行\n共{{ unit.nmae }}人。"));
        var error = Assert.Throws<PerfEvalException>(() => Render(folder, new ReportData()));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("PE302", diagnostic.Code);
        Assert.EndsWith(Path.Combine("sections", "概况.scriban"), diagnostic.File);
        Assert.Equal((2, 5), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("unit.nmae", diagnostic.Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_when_the_set_loads()
    {
        using var temp = new TempDirectory();
        var folder = TemplateFolder.Write(temp, """{ "name": "t", "outline": [ { "title": "概况", "template": "概况" } ] }""", ("概况", "第一行\n{{ if unit.name }}未闭合"));
        var error = Assert.Throws<PerfEvalException>(() => TemplateSet.FromDirectory(folder));
        Assert.Equal("PE301", Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void A_blank_figure_must_say_what_to_print()
    {
        using var temp = new TempDirectory();
        var folder = TemplateFolder.Write(temp, """{ "name": "t", "outline": [ { "title": "概况", "template": "概况" } ] }""",
            ("概况", "支出{{ money budget.executed blank: \"0.00\" }}万元，预算{{ money budget.fullYearBudget }}万元。"));
        var error = Assert.Throws<PerfEvalException>(() => Render(folder, new ReportData()));
        Assert.Equal("PE303", Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_section_template_is_named()
    {
        using var temp = new TempDirectory();
        var folder = TemplateFolder.Write(temp, """{ "name": "t", "outline": [ { "title": "概况", "template": "没有" } ] }""");
        var error = Assert.Throws<PerfEvalException>(() => TemplateSet.FromDirectory(folder));
        Assert.Contains("sections/没有.scriban", Assert.Single(error.Diagnostics).Message);
    }

    [Fact]
    public void The_default_set_is_embedded()
    {
        Assert.Contains(TemplateSet.DefaultName, TemplateSet.EmbeddedNames);
        Assert.NotEmpty(TemplateSet.Embedded(TemplateSet.DefaultName).Manifest.Outline);
    }

    private static IReadOnlyList<NarrativeBlock> Render(string folder, ReportData data)
    {
        var set = TemplateSet.FromDirectory(folder);
        return NarrativeRenderer.Render(set, TemplateModel.Create(data, PerfEvalDocGen.Figures.FigureCalculator.Compute(data)));
    }
}
