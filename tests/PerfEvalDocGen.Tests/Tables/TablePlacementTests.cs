using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Tests.Tables;

public class TablePlacementTests
{
    [Fact]
    public void Cells_flow_in_reading_order_around_earlier_row_and_column_spans()
    {
        var table = new TableBuilder(4000).Columns(c => c.Relative().Relative().Relative().Relative());
        table.Cell().RowSpan(3).Text("A");
        table.Cell().ColumnSpan(3).Text("B");
        table.Cell().ColumnSpan(2).Text("C");
        table.Cell().RowSpan(2).Text("D");
        table.Cell().ColumnSpan(2).Text("E");

        var shape = TableShape.Of(table.Build());

        Assert.Equal(
        [
            ["A ↓", "B ×3"],
            ["│", "C ×2", "D ↓"],
            ["│", "E ×2", "│"],
        ], shape);
    }

    [Fact]
    public void A_cell_spanning_rows_and_columns_repeats_its_span_and_width_in_every_row_it_covers()
    {
        var table = new TableBuilder(3000).Columns(c => c.Constant(500).Constant(1000).Constant(1500));
        table.Cell().Text("head");
        table.Cell().RowSpan(3).ColumnSpan(2).Text("block");
        table.EmptyCells(2);

        var built = table.Build();

        Assert.Equal([["head", "block ×2 ↓"], ["", "│"], ["", "│"]], TableShape.Of(built));
        for (var row = 0; row < 3; row++)
        {
            var piece = TableShape.Cell(built, row, 1);
            Assert.Equal(2, piece.TableCellProperties!.GridSpan!.Val!.Value);
            Assert.Equal(2500, TableShape.Width(piece));
            Assert.Single(piece.Elements<Paragraph>());
        }
        Assert.Equal(MergedCellValues.Restart, TableShape.Cell(built, 0, 1).TableCellProperties!.VerticalMerge!.Val!.Value);
    }

    [Fact]
    public void An_explicit_position_places_the_cell_there_and_later_cells_continue_after_it()
    {
        var table = new TableBuilder(3000).Columns(c => c.Relative().Relative().Relative());
        table.EmptyCells(3);
        table.Cell(row: 3, column: 2).Text("x").AlignLeft();
        table.Cell().Text("after x");
        table.Cell(row: 2, column: 1).ColumnSpan(3).Text("row 2");
        table.Cell(row: 3, column: 1).Text("before x");

        Assert.Equal([["", "", ""], ["row 2 ×3"], ["before x", "x", "after x"]], TableShape.Of(table.Build()));
    }

    [Fact]
    public void Blank_cells_and_blank_text_still_hold_one_paragraph()
    {
        var table = new TableBuilder(3000).Columns(c => c.Relative().Relative().Relative());
        table.Cell().Text(null);
        table.Cell().Text("");
        table.EmptyCells(1);

        var cells = table.Build().Descendants<TableCell>().ToList();

        Assert.Equal(3, cells.Count);
        Assert.All(cells, c =>
        {
            var paragraph = Assert.Single(c.Elements<Paragraph>());
            Assert.Empty(paragraph.Elements<Run>());
            Assert.NotNull(paragraph.ParagraphProperties);
        });
    }

    [Fact]
    public void The_same_declaration_always_gives_the_same_xml()
    {
        static TableBuilder Declare()
        {
            var table = new TableBuilder(9000)
                .Columns(c => c.Relative(2).Relative(3).Constant(1200).Relative(1))
                .HeaderRows(1)
                .RowHeight(2, 400);
            table.Cell().ColumnSpan(4).Text("预算单位名称").Bold();
            table.Cell().RowSpan(2).Text("产出指标\n(50分)");
            table.Cell().Text("数量").Borders(top: true, bottom: false, left: true, right: false);
            table.Cell().Text("12").FontSize(12);
            table.Cell().Paragraphs(["甲", "乙"]).Justify();
            table.EmptyCells(3);
            return table;
        }

        var once = Declare();
        Assert.Equal(once.Build().OuterXml, Declare().Build().OuterXml);
        Assert.Equal(once.Build().OuterXml, once.Build().OuterXml);
    }
}
