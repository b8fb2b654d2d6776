using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Tables;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Tables;

public class TableDocxTests
{
    [Fact]
    public void An_indicator_form_saved_in_a_real_file_is_valid_Office2019_and_keeps_its_shape()
    {
        var table = new TableBuilder(widthTwips: 8844)
            .Columns(c => c.Constant(700).Relative(1.2m).Relative(1.2m).Relative(2).Relative(1.5m).Relative(1.5m).Constant(700).Relative(1))
            .Font(eastAsia: "仿宋_GB2312", latin: "Times New Roman")
            .FontSize(10.5m)
            .HeaderRows(2)
            .RowHeight(3, 454);
        table.Cell().ColumnSpan(2).Text("项目名称").Bold();
        table.Cell().ColumnSpan(3).Text("指标").Bold();
        table.Cell().RowSpan(2).Text("分值").Bold();
        table.Cell().ColumnSpan(2).Text("得分").Bold();
        foreach (var title in new[] { "一级", "二级", "三级", "指标值", "完成值", "自评", "复核" })
        {
            table.Cell().Text(title).Bold();
        }
        table.Cell().RowSpan(5).Text("绩效\n指标").Bold();
        table.Cell().RowSpan(3).Text("产出指标\n(50分)");
        foreach (var (name, target, actual) in new[] { ("数量指标", "≥10个", "12个"), ("质量指标", "100%", "98%"), ("时效指标", "年底前", "11月") })
        {
            table.Cell().Text(name).AlignLeft();
            table.Cell().Text(target);
            table.Cell().Text(actual).FontSize(9);
            table.Cell().Text("10");
            table.Cell().Text(null);
            table.Cell().Text("9.5").Font("黑体", "Arial");
        }
        table.Cell().Text("效益指标");
        table.Cell().Paragraphs(["社会效益", "经济效益"]).Justify();
        table.EmptyCells(5);
        table.Cell().Text("满意度指标").Borders(top: true, bottom: false, left: true, right: true);
        table.EmptyCells(6);

        using var temp = new TempDirectory();
        var path = temp.File("table.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("附表"))),
                table.Build(),
                new SectionProperties(new PageSize { Width = 11906, Height = 16838 })));
            main.Document.Save();
        }

        using var reopened = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(reopened)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, "Validation errors:\n" + string.Join("\n", errors));

        var saved = reopened.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
        Assert.Equal(
        [
            ["项目名称 ×2", "指标 ×3", "分值 ↓", "得分 ×2"],
            ["一级", "二级", "三级", "指标值", "完成值", "│", "自评", "复核"],
            ["绩效\n指标 ↓", "产出指标\n(50分) ↓", "数量指标", "≥10个", "12个", "10", "", "9.5"],
            ["│", "│", "质量指标", "100%", "98%", "10", "", "9.5"],
            ["│", "│", "时效指标", "年底前", "11月", "10", "", "9.5"],
            ["│", "效益指标", "社会效益¶经济效益", "", "", "", "", ""],
            ["│", "满意度指标", "", "", "", "", "", ""],
        ], TableShape.Of(saved));
        Assert.Equal(5, DocxReader.RowSpan(saved, 2, 0));
        Assert.Equal(3, DocxReader.RowSpan(saved, 2, 1));
        Assert.Equal(2, DocxReader.RowSpan(saved, 0, 5));
        Assert.Equal(8844, TableShape.Grid(saved).Sum());
        Assert.Equal([true, true, false, false, false, false, false],
            saved.Elements<TableRow>().Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null));
        Assert.All(saved.Elements<TableRow>(), r => Assert.Equal(8844, r.Elements<TableCell>().Sum(TableShape.Width)));
    }
}
