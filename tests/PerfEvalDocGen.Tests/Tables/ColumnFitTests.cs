using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Tests.Tables;

public class ColumnFitTests
{
    // 五号 (10.5 pt): one full-width character is 210 twips; a cell adds 2 × 57 twips of margin and 30 of slack.
    private const int Em = 210;
    private const int Padding = 144;

    [Fact]
    public void A_narrow_column_is_widened_until_its_short_label_fits_and_the_width_comes_from_the_others()
    {
        var table = new TableBuilder(9000).Columns(c => c.Relative(0.5m).Relative(3).Relative(3)).FitColumns();
        table.Cell().Text("投资概算");
        table.Cell().Text("说明");
        table.Cell().Text("备注");

        var grid = TableShape.Grid(table.Build());

        Assert.True(grid[0] >= 4 * Em + Padding, $"first column {grid[0]}");
        Assert.Equal(9000, grid.Sum());
        Assert.InRange(Math.Abs(grid[1] - grid[2]), 0, 1);
    }

    [Fact]
    public void A_figure_is_never_broken_and_long_text_does_not_claim_a_line_of_its_own()
    {
        var long_ = new string('长', 60);
        var table = new TableBuilder(9000).Columns(c => c.Relative(1).Relative(1).Relative(4)).FitColumns();
        table.Cell().Text("目标：≥4073.53万元，较上年有所增长并保持稳定。");
        table.Cell().Text(long_);
        table.Cell().Text("备注");

        var grid = TableShape.Grid(table.Build());

        // ≥4073.53: sign, six digits and a point.
        Assert.True(grid[0] >= (int)(3.82m * Em) + Padding, $"first column {grid[0]}");
        Assert.True(grid[1] < 4500, $"the long text took {grid[1]}");
    }

    [Fact]
    public void Tables_that_share_a_fit_get_the_same_widths()
    {
        var fit = new ColumnFit();
        var head = new TableBuilder(9000).Columns(c => c.Relative(1).Relative(5)).FitColumns(fit);
        head.Cell().Text("年度总体目标");
        head.Cell().Text("说明");
        var grid = new TableBuilder(9000).Columns(c => c.Relative(1).Relative(5)).FitColumns(fit);
        grid.Cell().Text("绩效指标");
        grid.Cell().Text("满意度指标");

        Assert.Equal(TableShape.Grid(head.Build()), TableShape.Grid(grid.Build()));
        Assert.True(TableShape.Grid(grid.Build())[0] >= 4 * Em + Padding);
    }

    [Fact]
    public void Rows_kept_with_the_next_mark_every_paragraph_of_the_row()
    {
        var table = new TableBuilder(6000).Columns(c => c.Relative(1).Relative(1));
        table.Cell().RowSpan(2).Text("产出指标");
        table.Cell().Text("甲");
        table.Cell().Text("乙");
        table.Cell().Text("丙");
        table.Cell().Text("丁");
        table.KeepWithNext(1);

        var rows = table.Build().Elements<TableRow>().ToList();

        Assert.All(rows[0].Descendants<Paragraph>(), p => Assert.NotNull(p.ParagraphProperties?.KeepNext));
        Assert.All(rows[1].Descendants<Paragraph>().Concat(rows[2].Descendants<Paragraph>()), p => Assert.Null(p.ParagraphProperties?.KeepNext));
        Assert.Throws<InvalidOperationException>(() => table.KeepWithNext(3).Build());
    }
}
