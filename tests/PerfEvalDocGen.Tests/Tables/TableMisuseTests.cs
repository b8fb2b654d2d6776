using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Tests.Tables;

public class TableMisuseTests
{
    private static TableBuilder ThreeColumns() => new TableBuilder(3000).Columns(c => c.Relative().Relative().Relative());

    [Fact]
    public void A_cell_placed_on_a_row_span_is_refused_at_once_naming_both_cells()
    {
        var table = ThreeColumns();
        table.Cell().RowSpan(2);

        var error = Assert.Throws<InvalidOperationException>(() => table.Cell(row: 2, column: 1));

        Assert.Contains("第2行第1列的单元格与第1行第1列的单元格", error.Message);
    }

    [Fact]
    public void Widening_a_cell_over_its_neighbour_is_refused_at_once_naming_the_shared_slot()
    {
        var table = ThreeColumns();
        var first = table.Cell().Text("a");
        table.Cell().Text("b");

        var error = Assert.Throws<InvalidOperationException>(() => first.ColumnSpan(2));

        Assert.Contains("第1行第1列的单元格与第1行第2列的单元格在第1行第2列重叠", error.Message);
    }

    [Fact]
    public void A_row_span_running_into_an_explicitly_placed_cell_is_refused()
    {
        var table = ThreeColumns();
        table.Cell(row: 3, column: 1).Text("later");
        var early = table.Cell(row: 1, column: 1);

        var error = Assert.Throws<InvalidOperationException>(() => early.RowSpan(3));

        Assert.Contains("在第3行第1列重叠", error.Message);
    }

    [Fact]
    public void A_refused_span_leaves_the_cell_as_it_was()
    {
        var table = ThreeColumns();
        var first = table.Cell().Text("a");
        table.Cell().Text("b");
        Assert.Throws<InvalidOperationException>(() => first.ColumnSpan(3));
        table.Cell().Text("c");

        Assert.Equal([["a", "b", "c"]], TableShape.Of(table.Build()));
    }

    [Fact]
    public void A_column_span_past_the_last_column_is_refused_naming_the_cell()
    {
        var table = ThreeColumns();
        table.Cell().Text("a");
        var second = table.Cell();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => second.ColumnSpan(3));

        Assert.Contains("第1行第2列的单元格跨 3 列，超出表格的 3 列", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Spans_below_one_are_refused_naming_the_cell(int span)
    {
        var table = ThreeColumns();
        table.Cell();
        var cell = table.Cell();

        Assert.Contains("第1行第2列", Assert.Throws<ArgumentOutOfRangeException>(() => cell.RowSpan(span)).Message);
        Assert.Contains("第1行第2列", Assert.Throws<ArgumentOutOfRangeException>(() => cell.ColumnSpan(span)).Message);
    }

    [Theory]
    [InlineData(0, 1, "第0行第1列")]
    [InlineData(1, 0, "第1行第0列")]
    [InlineData(2, 4, "第2行第4列")]
    public void An_explicit_position_outside_the_grid_is_refused_naming_it(int row, int column, string named)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ThreeColumns().Cell(row, column));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void A_hole_inside_the_table_is_refused_at_build_naming_the_slot()
    {
        var table = ThreeColumns();
        table.EmptyCells(2);
        table.Cell(row: 2, column: 1).ColumnSpan(3);

        var error = Assert.Throws<InvalidOperationException>(() => table.Build());

        Assert.Contains("第1行第3列", error.Message);
    }

    [Fact]
    public void An_unfinished_last_row_is_refused_rather_than_padded()
    {
        var table = ThreeColumns();
        table.EmptyCells(4);

        var error = Assert.Throws<InvalidOperationException>(() => table.Build());

        Assert.Contains("第2行第2列", error.Message);
    }

    [Fact]
    public void A_row_span_past_the_last_declared_row_leaves_holes_that_are_named()
    {
        var table = ThreeColumns();
        table.Cell().RowSpan(2);
        table.EmptyCells(2);

        var error = Assert.Throws<InvalidOperationException>(() => table.Build());

        Assert.Contains("第2行第2列", error.Message);
    }

    [Fact]
    public void Cells_or_a_build_without_columns_are_refused()
    {
        Assert.Contains("Columns", Assert.Throws<InvalidOperationException>(() => new TableBuilder(2000).Cell()).Message);
        Assert.Throws<InvalidOperationException>(() => new TableBuilder(2000).Cell(1, 1));
        Assert.Throws<InvalidOperationException>(() => new TableBuilder(2000).Build());
        Assert.Throws<InvalidOperationException>(() => new TableBuilder(2000).Columns(_ => { }));
    }

    [Fact]
    public void Columns_are_declared_once()
    {
        var table = ThreeColumns();

        Assert.Throws<InvalidOperationException>(() => table.Columns(c => c.Relative()));
    }

    [Fact]
    public void Column_widths_that_cannot_fit_the_table_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new TableBuilder(1000).Columns(c => c.Constant(600).Constant(600)));
        Assert.Throws<InvalidOperationException>(() => new TableBuilder(1000).Columns(c => c.Constant(600)));
        var zero = Assert.Throws<InvalidOperationException>(() => new TableBuilder(1000).Columns(c => c.Constant(999).Relative().Relative()));
        Assert.Contains("第3列", zero.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableBuilder(1000).Columns(c => c.Relative(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableBuilder(1000).Columns(c => c.Constant(-5)));
    }

    [Fact]
    public void An_empty_table_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => ThreeColumns().Build());
    }

    [Fact]
    public void More_header_rows_or_a_row_height_beyond_the_table_are_refused_at_build()
    {
        var header = ThreeColumns().HeaderRows(2);
        header.EmptyCells(3);
        Assert.Contains("2 行", Assert.Throws<InvalidOperationException>(() => header.Build()).Message);

        var height = ThreeColumns().RowHeight(2, 400);
        height.EmptyCells(3);
        Assert.Contains("第2行", Assert.Throws<InvalidOperationException>(() => height.Build()).Message);

        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeColumns().HeaderRows(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeColumns().RowHeight(0, 400));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeColumns().RowHeight(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeColumns().EmptyCells(-1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10.5)]
    [InlineData(10.3)]
    [InlineData(2000)]
    public void Font_sizes_that_are_not_whole_half_points_are_refused(double points)
    {
        var size = (decimal)points;
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeColumns().FontSize(size));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeColumns().Cell().FontSize(size));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeColumns().Font(FontSpec.Of("宋体", size)));
    }

    [Fact]
    public void Blank_font_names_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ThreeColumns().Font(" "));
        Assert.Throws<ArgumentException>(() => ThreeColumns().Cell().Font("黑体", ""));
    }
}
