using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Tables;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Tables;

public class TableBuilderTests
{
    [Fact]
    public void Cells_fill_the_next_free_slot_around_earlier_spans()
    {
        var table = new TableBuilder(3000).Columns(c => c.Relative().Relative().Relative());
        table.Cell().RowSpan(2).Text("A");
        table.Cell().ColumnSpan(2).Text("B");
        table.Cell().Text("C");
        table.Cell().Text("D");
        var rows = table.Build().Elements<TableRow>().ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["A", "B"], DocxReader.CellTexts(rows[0]));
        Assert.Equal(["", "C", "D"], DocxReader.CellTexts(rows[1]));
        Assert.Equal(MergedCellValues.Restart, rows[0].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Null(rows[1].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val);
        Assert.Equal(2, DocxReader.Span(rows[0].Elements<TableCell>().ElementAt(1)));
    }

    [Fact]
    public void Grid_widths_add_up_to_the_table_width_and_cells_to_their_columns()
    {
        var table = new TableBuilder(8844).Columns(c => c.Constant(1000).Relative(2).Relative(1).Relative(1));
        table.Cell().ColumnSpan(2).Text("x");
        table.EmptyCells(2);
        var built = table.Build();
        var grid = built.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToList();
        Assert.Equal(8844, grid.Sum());
        Assert.Equal(1000, grid[0]);
        var first = built.Elements<TableRow>().Single().Elements<TableCell>().First();
        Assert.Equal((grid[0] + grid[1]).ToString(), first.TableCellProperties!.TableCellWidth!.Width!.Value);
    }

    [Fact]
    public void Header_rows_repeat_and_no_row_splits()
    {
        var table = new TableBuilder(2000).Columns(c => c.Relative().Relative()).HeaderRows(1);
        table.EmptyCells(6);
        var rows = table.Build().Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Every_run_names_its_east_asian_font_and_no_theme_font()
    {
        var table = new TableBuilder(2000).Columns(c => c.Relative());
        table.Cell().Text("预算\n单位").Bold();
        var runs = table.Build().Descendants<Run>().ToList();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r =>
        {
            var fonts = r.RunProperties!.RunFonts!;
            Assert.Equal("仿宋_GB2312", fonts.EastAsia!.Value);
            Assert.Null(fonts.EastAsiaTheme);
            Assert.NotNull(r.RunProperties.Bold);
        });
        Assert.NotNull(runs[1].GetFirstChild<Break>());
    }

    [Fact]
    public void Overlapping_cells_are_refused_naming_both()
    {
        var table = new TableBuilder(2000).Columns(c => c.Relative().Relative());
        table.Cell().RowSpan(2);
        table.Cell(2, 1).Text("x");
        var error = Assert.Throws<InvalidOperationException>(() => table.Build());
        Assert.Contains("第2行第1列", error.Message);
        Assert.Contains("第1行第1列", error.Message);
    }

    [Fact]
    public void A_span_past_the_last_column_is_refused()
    {
        var table = new TableBuilder(2000).Columns(c => c.Relative().Relative());
        table.Cell().Text("a");
        table.Cell().ColumnSpan(2);
        var error = Assert.Throws<InvalidOperationException>(() => table.Build());
        Assert.Contains("第1行第2列", error.Message);
    }

    [Fact]
    public void A_hole_in_the_grid_is_refused_naming_the_slot()
    {
        var table = new TableBuilder(2000).Columns(c => c.Relative().Relative());
        table.Cell().Text("a");
        table.Cell(2, 2).Text("b");
        var error = Assert.Throws<InvalidOperationException>(() => table.Build());
        Assert.Contains("第1行第2列", error.Message);
    }

    [Fact]
    public void Cells_before_columns_and_zero_spans_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new TableBuilder(2000).Cell());
        var table = new TableBuilder(2000).Columns(c => c.Relative());
        Assert.Throws<ArgumentException>(() => table.Cell().RowSpan(0));
    }

    [Fact]
    public void A_form_shaped_table_is_valid_Office2019_in_a_real_file()
    {
        var table = new TableBuilder(8844).Columns(c => c.Relative(1).Relative(1).Relative(1).Relative(2).Relative(1).Relative(1).Relative(1).Relative(1)).HeaderRows(2);
        table.Cell().ColumnSpan(8).Text("标题行").Bold();
        table.Cell().RowSpan(5).Text("绩效指标");
        foreach (var title in new[] { "一级", "二级", "三级", "指标值", "完成值", "分值", "得分" })
        {
            table.Cell().Text(title);
        }
        table.Cell().RowSpan(3).Text("产出指标\n(50分)");
        for (var i = 0; i < 4; i++)
        {
            if (i == 3)
            {
                table.Cell().Text("效益");
            }
            table.EmptyCells(6);
        }
        using var temp = new TempDirectory();
        var path = temp.File("table.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("表"))), table.Build(), new Paragraph(), new SectionProperties()));
        }
        using var reopened = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(reopened).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var rows = reopened.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal(5, DocxReader.RowSpan(new Table(rows.Select(r => r.CloneNode(true))), 1, 0));
    }
}
