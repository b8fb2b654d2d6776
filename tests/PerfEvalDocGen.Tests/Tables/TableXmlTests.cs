using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Tests.Tables;

public class TableXmlTests
{
    [Fact]
    public void Relative_columns_share_what_constant_ones_leave()
    {
        var table = new TableBuilder(9000).Columns(c => { c.Relative(2); c.Relative(3); c.Constant(1200); c.Relative(1); });
        table.EmptyCells(4);

        Assert.Equal([2600, 3900, 1200, 1300], TableShape.Grid(table.Build()));
    }

    [Theory]
    [InlineData(1000, new[] { 1.0, 1.0, 1.0 }, new[] { 334, 333, 333 })]
    [InlineData(1001, new[] { 1.0, 1.0, 1.0 }, new[] { 334, 334, 333 })]
    [InlineData(8844, new[] { 0.7, 0.9, 1.0, 2.0, 1.5, 1.5, 0.7, 1.2, 1.2 }, new[] { 579, 744, 826, 1653, 1240, 1240, 578, 992, 992 })]
    public void Rounding_leftovers_go_one_twip_each_to_the_columns_that_lost_most(int width, double[] shares, int[] expected)
    {
        var table = new TableBuilder(width).Columns(c =>
        {
            foreach (var share in shares)
            {
                c.Relative((decimal)share);
            }
        });
        table.EmptyCells(shares.Length);

        var grid = TableShape.Grid(table.Build());

        Assert.Equal(expected, grid);
        Assert.Equal(width, grid.Sum());
    }

    [Fact]
    public void Cell_widths_add_up_their_grid_columns_and_the_table_states_its_width()
    {
        var table = new TableBuilder(8844).Columns(c => c.Constant(1000).Relative(2).Relative(1).Relative(1));
        table.Cell().ColumnSpan(2).Text("x");
        table.Cell().ColumnSpan(2);
        var built = table.Build();
        var grid = TableShape.Grid(built);

        Assert.Equal(8844, grid.Sum());
        Assert.Equal(grid[0] + grid[1], TableShape.Width(TableShape.Cell(built, 0, 0)));
        Assert.Equal(grid[2] + grid[3], TableShape.Width(TableShape.Cell(built, 0, 1)));
        var properties = built.GetFirstChild<TableProperties>()!;
        Assert.Equal("8844", properties.TableWidth!.Width!.Value);
        Assert.Equal(TableWidthUnitValues.Dxa, properties.TableWidth.Type!.Value);
        Assert.Equal(TableRowAlignmentValues.Center, properties.TableJustification!.Val!.Value);
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        Assert.Equal(57, properties.TableCellMarginDefault!.TableCellLeftMargin!.Width!.Value);
        Assert.Equal(57, properties.TableCellMarginDefault.TableCellRightMargin!.Width!.Value);
    }

    [Fact]
    public void Header_rows_repeat_no_row_splits_and_row_heights_are_minimums()
    {
        var table = new TableBuilder(2000).Columns(c => c.Relative().Relative()).HeaderRows(2).RowHeight(3, 567);
        table.EmptyCells(8);
        var rows = table.Build().Elements<TableRow>().ToList();

        Assert.Equal([true, true, false, false], rows.Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        var height = Assert.Single(rows.Select(r => r.TableRowProperties!.GetFirstChild<TableRowHeight>()).OfType<TableRowHeight>());
        Assert.Same(rows[2], height.Parent!.Parent);
        Assert.Equal(567u, height.Val!.Value);
        Assert.Equal(HeightRuleValues.AtLeast, height.HeightType!.Value);
    }

    [Fact]
    public void Every_run_names_all_four_faces_its_size_in_half_points_and_chinese_language()
    {
        var table = new TableBuilder(2000).Columns(c => c.Relative());
        table.Cell().Text("预算\n单位");
        var runs = table.Build().Descendants<Run>().ToList();

        Assert.Equal(2, runs.Count);
        Assert.All(runs, r =>
        {
            var properties = r.RunProperties!;
            Assert.Equal(("Times New Roman", "Times New Roman", "仿宋_GB2312", "Times New Roman"),
                (properties.RunFonts!.Ascii!.Value, properties.RunFonts.HighAnsi!.Value, properties.RunFonts.EastAsia!.Value, properties.RunFonts.ComplexScript!.Value));
            Assert.Null(properties.RunFonts.EastAsiaTheme);
            Assert.Null(properties.RunFonts.AsciiTheme);
            Assert.Equal("21", properties.FontSize!.Val!.Value);
            Assert.Equal("21", properties.FontSizeComplexScript!.Val!.Value);
            Assert.Equal("zh-CN", properties.Languages!.EastAsia!.Value);
            Assert.Null(properties.Bold);
        });
        Assert.Null(runs[0].GetFirstChild<Break>());
        Assert.NotNull(runs[1].GetFirstChild<Break>());
        Assert.Equal(["预算", "单位"], runs.Select(r => r.InnerText));
    }

    [Fact]
    public void Table_fonts_apply_to_every_cell_and_a_cell_can_change_face_size_and_weight()
    {
        var table = new TableBuilder(3000).Columns(c => c.Relative().Relative().Relative()).Font("宋体", "Arial").FontSize(12);
        table.Cell().Text("plain");
        table.Cell().Text("big").FontSize(14).Bold();
        table.Cell().Text("black").Font("黑体");
        var runs = table.Build().Descendants<Run>().Select(r => r.RunProperties!).ToList();

        Assert.Equal(["宋体", "宋体", "黑体"], runs.Select(p => p.RunFonts!.EastAsia!.Value));
        Assert.Equal(["Arial", "Arial", "Times New Roman"], runs.Select(p => p.RunFonts!.Ascii!.Value));
        Assert.Equal(["24", "28", "24"], runs.Select(p => p.FontSize!.Val!.Value));
        Assert.Equal([false, true, false], runs.Select(p => p.Bold is not null && p.BoldComplexScript is not null));
    }

    [Fact]
    public void A_table_font_given_as_a_spec_is_copied_not_shared()
    {
        var spec = FontSpec.Of("楷体_GB2312", 12, bold: true);
        var table = new TableBuilder(1000).Columns(c => c.Relative()).Font(spec);
        spec.EastAsia = "宋体";
        table.Cell().Text("x");
        var run = table.Build().Descendants<Run>().Single().RunProperties!;

        Assert.Equal("楷体_GB2312", run.RunFonts!.EastAsia!.Value);
        Assert.NotNull(run.Bold);
    }

    [Fact]
    public void Cell_paragraphs_are_single_spaced_unindented_off_the_line_grid_and_aligned()
    {
        var table = new TableBuilder(4000).Columns(c => c.Relative().Relative().Relative().Relative());
        table.Cell().Text("c");
        table.Cell().Text("l").AlignLeft();
        table.Cell().Text("r").AlignRight();
        table.Cell().Text("j").Justify();
        var built = table.Build();
        var paragraphs = built.Descendants<Paragraph>().Select(p => p.ParagraphProperties!).ToList();

        Assert.Equal(
            [JustificationValues.Center, JustificationValues.Left, JustificationValues.Right, JustificationValues.Both],
            paragraphs.Select(p => p.Justification!.Val!.Value));
        Assert.All(paragraphs, p =>
        {
            Assert.False(p.SnapToGrid!.Val!.Value);
            Assert.Equal(("240", LineSpacingRuleValues.Auto, "0", "0"),
                (p.SpacingBetweenLines!.Line!.Value, p.SpacingBetweenLines.LineRule!.Value, p.SpacingBetweenLines.Before!.Value, p.SpacingBetweenLines.After!.Value));
            Assert.Equal(("0", 0), (p.Indentation!.FirstLine!.Value, p.Indentation.FirstLineChars!.Value));
        });
        Assert.All(built.Descendants<TableCell>(), c => Assert.Equal(TableVerticalAlignmentValues.Center, c.TableCellProperties!.TableCellVerticalAlignment!.Val!.Value));
    }

    [Fact]
    public void A_blank_paragraph_mark_takes_the_cell_size_so_blank_rows_are_not_taller()
    {
        var table = new TableBuilder(1000).Columns(c => c.Relative()).FontSize(9);
        table.Cell().Text(null);
        var paragraph = table.Build().Descendants<Paragraph>().Single();

        Assert.Empty(paragraph.Elements<Run>());
        var mark = paragraph.ParagraphProperties!.ParagraphMarkRunProperties!;
        Assert.Equal("18", mark.GetFirstChild<FontSize>()!.Val!.Value);
        Assert.Equal("仿宋_GB2312", mark.GetFirstChild<RunFonts>()!.EastAsia!.Value);
    }

    [Fact]
    public void Paragraphs_make_one_paragraph_each_blank_ones_included()
    {
        var table = new TableBuilder(1000).Columns(c => c.Relative());
        table.Cell().Paragraphs(["目标1：甲", null, "目标2：乙\n续"]).AlignLeft();

        Assert.Equal([["目标1：甲¶¶目标2：乙\n续"]], TableShape.Of(table.Build()));
    }

    [Fact]
    public void Borders_are_half_point_single_lines_by_default_and_can_be_turned_off()
    {
        static IEnumerable<BorderType> Edges(TableBorderStyle? style)
        {
            var table = new TableBuilder(1000).Columns(c => c.Relative());
            if (style is { } s)
            {
                table.Borders(s);
            }
            table.Cell();
            return table.Build().GetFirstChild<TableProperties>()!.TableBorders!.Elements<BorderType>();
        }

        var single = Edges(null).ToList();
        Assert.Equal(["top", "left", "bottom", "right", "insideH", "insideV"], single.Select(b => b.LocalName));
        Assert.All(single, b => Assert.Equal((BorderValues.Single, 4u), (b.Val!.Value, b.Size!.Value)));
        Assert.All(Edges(TableBorderStyle.None), b => Assert.Equal(BorderValues.Nil, b.Val!.Value));
    }

    [Fact]
    public void A_cell_sets_its_own_edges_and_a_merged_cell_states_top_and_bottom_once()
    {
        var table = new TableBuilder(2000).Columns(c => c.Relative().Relative()).Borders(TableBorderStyle.None);
        table.Cell().RowSpan(3).Borders(top: true, bottom: true, left: false, right: true);
        table.EmptyCells(3);
        var built = table.Build();

        string Edges(int row) => string.Join(" ", TableShape.Cell(built, row, 0).TableCellProperties!.TableCellBorders!
            .Elements<BorderType>().Select(b => $"{b.LocalName}={b.Val!.InnerText}"));

        Assert.Equal("top=single left=nil right=single", Edges(0));
        Assert.Equal("left=nil right=single", Edges(1));
        Assert.Equal("left=nil bottom=single right=single", Edges(2));
        Assert.Null(TableShape.Cell(built, 0, 1).TableCellProperties!.TableCellBorders);
    }

    [Fact]
    public void With_a_paragraph_style_runs_name_a_font_only_where_the_cell_departs_from_it()
    {
        var table = new TableBuilder(3000).Columns(c => c.Relative().Relative().Relative()).ParagraphStyle("TableText");
        table.Cell().Text("plain");
        table.Cell().Text("bold").Bold();
        table.Cell().Text("small").FontSize(9);
        var paragraphs = table.Build().Descendants<Paragraph>().ToList();

        Assert.All(paragraphs, p => Assert.Equal("TableText", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        var runs = paragraphs.Select(p => p.GetFirstChild<Run>()!).ToList();
        Assert.Null(runs[0].RunProperties);
        Assert.Null(runs[1].RunProperties!.RunFonts);
        Assert.NotNull(runs[1].RunProperties!.Bold);
        Assert.Equal("18", runs[2].RunProperties!.FontSize!.Val!.Value);
        Assert.Equal("仿宋_GB2312", runs[2].RunProperties!.RunFonts!.EastAsia!.Value);
    }
}
