using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>A maintainer changes page, grid, fonts, headings and page numbers in the manifest, without code.</summary>
public class LayoutOverrideTests
{
    private const string Manifest = """
        {
          "name": "layout-test",
          "reportTitle": "{{unit.name}}报告",
          "outline": [ { "title": "概况", "template": "概况" } ],
          "layout": {
            "marginTop": 30,
            "linesPerPage": 20,
            "body": { "eastAsia": "宋体", "size": 15 },
            "headings": { "level1": { "number": "第{cn}部分 ", "font": { "eastAsia": "方正黑体_GBK", "size": 18 } } },
            "pageNumberFormat": "第{page}页"
          }
        }
        """;

    [Fact]
    public void Manifest_layout_overrides_reach_the_document()
    {
        using var temp = new TempDirectory();
        var folder = TemplateFolder.Write(temp, Manifest, ("概况", "正文。"));
        var package = new ReportGenerator(TemplateSet.FromDirectory(folder)).Generate(new ReportData { Unit = { Name = "某街道", Year = 2023 } });
        Assert.Empty(DocxReader.ValidationErrors(package.Content));

        using var document = WordprocessingDocument.Open(new MemoryStream(package.Content), false);
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.GetFirstChild<SectionProperties>()!;
        Assert.Equal(1701, section.GetFirstChild<PageMargin>()!.Top!.Value);
        // 297 − 30 − 35 = 232 mm of text block (13153 twips) over 20 lines.
        Assert.Equal(13153 / 20, section.GetFirstChild<DocGrid>()!.LinePitch!.Value);
        var styles = main.StyleDefinitionsPart!.Styles!;
        var body = styles.Elements<Style>().Single(s => s.StyleId == "Normal");
        Assert.Equal("宋体", body.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("30", body.StyleRunProperties.FontSize!.Val!.Value);
        var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("方正黑体_GBK", heading.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Contains(main.Document.Body.Elements<Paragraph>(), p => p.InnerText == "第一部分 概况");
        Assert.Contains(main.FooterParts, f => f.Footer!.InnerText.StartsWith("第", StringComparison.Ordinal) && f.Footer.InnerText.EndsWith("页", StringComparison.Ordinal));
    }
}
