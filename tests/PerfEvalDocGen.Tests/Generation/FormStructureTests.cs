using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>附件1 and 附件2 have seed 004's rows, columns and merged cells, and computed cells hold computed values.</summary>
public class FormStructureTests(ExamplePackage example) : IClassFixture<ExamplePackage>
{
    private IReadOnlyList<Table> Tables => DocxReader.Tables(example.Package.Content);

    [Fact]
    public void Basic_data_form_has_the_seed_rows_in_order()
    {
        var table = Tables[0];
        Assert.Equal(7, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var labels = table.Elements<TableRow>().Select(r => TextFolding.Fold(DocxReader.CellTexts(r)[0])).ToList();
        string[] seed =
        [
            "预算单位名称", "财政供养人员情况(人)", "", "经费控制情况(万元)", "三公经费", "1、公务用车购置和维护经费", "其中:公车购置", "公车运行维护",
            "2、出国经费", "3、公务接待", "项目支出:", "1、业务工作经费", "2、运行维护经费", "3、特定目标类", "4、区级专项资金(一个专项一行)",
            "5、上级转移支付(一个专项一行)", "公用经费", "其中:办公经费", "水费、电费、差旅费", "会议费、培训费", "政府采购金额",
            "部门基本支出预算调整", "楼堂馆所控制情况(2022年完工项目)", "", "厉行节约保障措施",
        ];
        Assert.Equal(seed, labels);
        Assert.Equal(2, DocxReader.RowSpan(table, 1, 0));
        Assert.Equal(2, DocxReader.RowSpan(table, 22, 0));
    }

    [Theory]
    [InlineData("三公经费", "15.83", "3", "")]
    [InlineData("3、公务接待", "15.83", "3", "")]
    [InlineData("项目支出：", "1013.3", "6.66", "2707.92")]
    [InlineData("1、业务工作经费", "972.88", "5", "2706.26")]
    [InlineData("2、运行维护经费", "40.42", "1.66", "1.66")]
    [InlineData("公用经费", "2128.24", "180", "176.16")]
    [InlineData("其中：办公经费", "26.93", "20", "17.51")]
    [InlineData("水费、电费、差旅费", "14.87", "6.8", "6.6")]
    [InlineData("会议费、培训费", "0.34", "2.8", "0.3")]
    [InlineData("政府采购金额", "151.4", "578.38", "512.38")]
    [InlineData("1、公务用车购置和维护经费", "", "", "")]
    public void Basic_data_form_rows_hold_the_seed_figures(string label, string lastYear, string budget, string actual)
    {
        var row = Tables[0].Elements<TableRow>().Single(r => DocxReader.CellTexts(r)[0] == label);
        var cells = DocxReader.CellTexts(row);
        Assert.Equal(4, cells.Count);
        Assert.All(row.Elements<TableCell>().Skip(1), c => Assert.Equal(2, DocxReader.Span(c)));
        Assert.Equal([Money(lastYear), Money(budget), Money(actual)], cells.Skip(1).Select(Money));
    }

    [Fact]
    public void Staffing_control_rate_is_computed()
    {
        var rows = Tables[0].Elements<TableRow>().ToList();
        Assert.Equal(["", "97", "97", "100.00%"], DocxReader.CellTexts(rows[2]));
    }

    [Fact]
    public void Overall_form_execution_rate_and_score_are_computed_not_copied()
    {
        // The seed prints 255.76% (4073.53 against the start-of-year budget, and miscomputed at that);
        // 执行率 = 全年执行数 ÷ 全年预算数 = 4073.53 ÷ 4073.53.
        var row = Tables[1].Elements<TableRow>().Single(r => DocxReader.CellTexts(r).Contains("年度资金总额"));
        Assert.Equal(["", "年度资金总额", "1592.87", "4073.53", "4073.53", "10", "100.00%", "10"], DocxReader.CellTexts(row));
    }

    [Fact]
    public void Overall_form_indicator_grid_merges_levels_like_the_seed()
    {
        var grid = Tables[2];
        var rows = grid.Elements<TableRow>().ToList();
        Assert.Equal(1 + 15 + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(16, DocxReader.RowSpan(grid, 0, 0));
        Assert.Equal([10, 4, 1], new[] { 1, 11, 15 }.Select(r => DocxReader.RowSpan(grid, r, 1)));
        Assert.Equal(["产出指标(50分)", "效益指标(30分)", "满意度指标(10分)"], new[] { 1, 11, 15 }.Select(r => DocxReader.CellTexts(rows[r])[1]));
        Assert.Equal([4, 2, 2, 2, 2, 1, 1, 1], new[] { 1, 5, 7, 9, 11, 13, 14, 15 }.Select(r => DocxReader.RowSpan(grid, r, 2)));
        Assert.Equal(2, DocxReader.RowSpan(grid, 11, 3));
        Assert.Equal("环境质量提升", DocxReader.CellTexts(rows[11])[3]);
    }

    [Fact]
    public void Overall_form_total_row_sums_weights_and_scores()
    {
        var total = DocxReader.CellTexts(Tables[2].Elements<TableRow>().Last());
        Assert.Equal("总分", total[0]);
        Assert.Equal(["100", "99"], total.Skip(1).Take(2));
    }

    [Fact]
    public void Project_form_prints_the_blank_form_with_slashes()
    {
        var head = Tables[3].Elements<TableRow>().ToList();
        Assert.Equal(["项目支出名称", "/"], DocxReader.CellTexts(head[0]));
        Assert.Equal(["", "年度资金总额", "/", "/", "/", "10", "/", "/"], DocxReader.CellTexts(head[3]));
        var grid = Tables[4].Elements<TableRow>().ToList();
        Assert.Equal(1 + 27 + 1, grid.Count);
        Assert.Equal(["总分", "100", "/", ""], DocxReader.CellTexts(grid[^1]));
    }

    private static decimal? Money(string text) => text.Length == 0 ? null : decimal.Parse(text);
}
