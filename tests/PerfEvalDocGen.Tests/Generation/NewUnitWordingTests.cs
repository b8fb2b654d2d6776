using System.Text.RegularExpressions;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Tests.Generated;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>
/// Hand-made units unlike the five examples (Fixtures/new-units: bureaus and a township government, empty lists, no
/// project spending, execution over 100% and at 0, tiny and huge amounts, data years 2019–2026 in every set, texts that
/// end in punctuation, optional names left out), each read as a finance officer would: every figure recomputed by hand,
/// every sentence fitting what the unit has.
/// </summary>
public sealed partial class NewUnitWordingTests
{
    private static string Folder => Path.Combine(RepoPaths.Fixtures, "new-units");

    public static TheoryData<string> Units() => new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static IReadOnlyList<string> Paragraphs(string unit) =>
        PackageCheck.AllText(new ReportGenerator().Generate(ReportLoader.LoadFile(Path.Combine(Folder, unit))).Content).ToList();

    [Theory]
    [MemberData(nameof(Units))]
    public void No_sentence_has_an_empty_slot_or_doubled_marks(string unit)
    {
        foreach (var paragraph in Paragraphs(unit))
        {
            Assert.DoesNotMatch(EmptySlot(), paragraph);
        }
    }

    [Fact]
    public void A_bureau_is_not_called_a_street_and_a_township_is_本镇()
    {
        var bureau = Paragraphs("k19-bureau-fell.json");
        // 1610.68 / 5083.34 = 31.685…% → 31.69%; 3472.66 / 5083.34 = 68.314…% → 68.31%.
        Assert.Contains("2021年本单位的基本支出总额为1610.68万元，占年度总支出的31.69%。", bureau);
        Assert.Contains("2021年本单位的项目支出总额为3472.66万元，占年度总支出的68.31%，其中商品和服务支出3472.66万元，占项目支出的100.00%。", bureau);
        // 44 in service + 4 retired, no other staff; a fall of 3 is 减少 3, not 增加 -3.
        Assert.Contains(bureau, p => p.Contains("实有人数48人，其中在职在编人员44人，退休人员4人，比上年减少3人。", StringComparison.Ordinal));
        Assert.Contains("（一）本单位总人数112人。在职工作人员80人，退休干部32人。", Paragraphs("y19-bureau-empty-lists.json"));
        Assert.Contains(Paragraphs("k19-township-zero.json"), p => p.StartsWith("2020年本镇的基本支出总额为1610.68万元", StringComparison.Ordinal)
            && p.EndsWith("资本性支出0.00万元，占基本支出的0.00%。", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_lists_leave_out_their_sentence_rather_than_an_empty_slot()
    {
        var bureau = Paragraphs("k19-bureau-fell.json");
        Assert.Contains(bureau, p => p.Contains("实际到位指标5116.09万元。财政实际支出5083.34万元。", StringComparison.Ordinal));
        var summary = Paragraphs("y19-bureau-empty-lists.json");
        Assert.Contains("（一）全年财政总收入7028万元。", summary);
        Assert.DoesNotContain(summary, p => p.StartsWith("（二）分", StringComparison.Ordinal));
        Assert.DoesNotContain(Paragraphs("y22-bureau-nogroups.json"), p => p.Contains("下设", StringComparison.Ordinal));
        Assert.Contains("东方红街道下设办公室共1个内设机构；服务中心共1个事业单位。", Paragraphs("y22-groups-zero-project.json"));
        Assert.Contains("岳阳市岳阳楼区财政局现有人数共0人，其中：在职0人，离退休0人。", Paragraphs("h1-bureau-over100.json"));
        Assert.Contains(Paragraphs("k20-bureau-nofunction.json"), p => p.EndsWith("其他事务等方面内容：", StringComparison.Ordinal));
        Assert.Contains(Paragraphs("k20-one-function.json"), p => p.EndsWith("其他事务等1个方面内容：", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_without_project_spending_generates_and_prints_no_share_of_zero()
    {
        var paragraphs = Paragraphs("h1-bureau-over100.json");
        Assert.Contains("2.项目资金使用情况分析2024年度项目支出0.00万元，其中业务工作经费共计0.00万元，主要为围绕办事处业务工作开展所需的补充性支出；"
            + "运行维护经费0.00万元，主要为抚恤金支出；特定目标类0.00万元。", paragraphs);
        // Government fund 20.50 of 120.50 executed is outside the general public budget: 120.50 − 20.50 = 100.00.
        Assert.Contains("区财政局2024年一般公共预算整体支出100.00万元。按收入性质分，其中：一般公共预算收入100.00万元。"
            + "另有政府性基金拨款20.50万元，不计入一般公共预算整体支出。全部支出120.50万元，按支出性质分，其中：基本支出120.50万元，项目支出0.00万元。", paragraphs);
        // kaifu-2019 with nothing spent: no share of a zero total (before: PE316 “percent 的参数为空”, the unit refused).
        var nothing = Paragraphs("k19-nothing-spent.json");
        Assert.Contains("2019年街道的基本支出总额为0万元，其中工资福利支出0.00万元。", nothing);
        Assert.Contains("2019年街道的项目支出总额为0万元。", nothing);
        // 上年结余 519.03 + 到位 5116.09 − 支出 0 = 5635.12.
        Assert.Contains(nothing, p => p.Contains("上年结余519.03万元，本年结余5635.12万元。", StringComparison.Ordinal));
        // A kept section the data leaves empty says so under its heading.
        var measures = paragraphs.ToList().IndexOf("八、下一步改进措施");
        Assert.True(measures >= 0);
        Assert.Equal("无。", paragraphs[measures + 1]);
    }

    [Fact]
    public void Texts_ending_in_a_mark_meet_the_templates_marks_once()
    {
        var paragraphs = Paragraphs("h5-township-punctuation.json");
        Assert.Contains("1.党政办公室：负责日常事务。", paragraphs);
        // 2706.26 / 2707.92 = 99.938…% → 99.94%; 1.66 / 2707.92 = 0.061…% → 0.06%.
        Assert.Contains("2.项目资金使用情况分析2023年度项目支出2707.92万元，其中业务工作经费共计2706.26万元，占总项目支出的99.94%，主要为业务工作支出；"
            + "运行维护经费1.66万元，占总项目支出的0.06%，主要为抚恤金支出。", paragraphs);
    }

    [Fact]
    public void A_unit_without_a_short_name_is_named_in_full_where_the_sentence_needs_a_subject()
    {
        Assert.Contains(Paragraphs("bare-dongfanghong-2022.json"), p => p.StartsWith("东方红街道办事处下设党政办公室、", StringComparison.Ordinal));
        Assert.Contains(Paragraphs("bare-yuehu-2019.json"), p => p.StartsWith("月湖街道办事处2019年度财政拨款收入预算批复2040万元，", StringComparison.Ordinal));
    }

    [Fact]
    public void Execution_over_100_percent_and_at_0_score_as_the_formula_says()
    {
        // 120.50 / 100.00 = 120.50%, the score capped at 10; 0 / 99999.99 = 0.00%, score 0; 0.01 / 0.02 = 50.00%, score 5.
        Assert.Equal(["1592.87", "100.00", "120.50", "10", "120.50%", "10"], TotalRow("h1-bureau-over100.json"));
        Assert.Equal(["99999.99", "99999.99", "0.00", "10", "0.00%", "0"], TotalRow("h3-zero-executed-huge-budget.json"));
        Assert.Equal(["0.01", "0.02", "0.01", "10", "50.00%", "5"], TotalRow("h2-one-indicator-tiny.json"));
    }

    // The 年度资金总额 row of 附件2 (the first table that has one): budgets, execution, weight, rate, score.
    private static IReadOnlyList<string> TotalRow(string unit)
    {
        var package = new ReportGenerator().Generate(ReportLoader.LoadFile(Path.Combine(Folder, unit))).Content;
        var row = DocxReader.Tables(package).SelectMany(t => t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
            .Select(DocxReader.CellTexts)
            .First(cells => cells.Contains("年度资金总额"));
        return row.SkipWhile(c => c != "年度资金总额").Skip(1).ToList();
    }

    [Theory]
    [InlineData("k19-staff-count-blank.json", "organization.otherStaff[0].count")]
    [InlineData("y19-staff-count-blank.json", "organization.otherStaff[0].count")]
    [InlineData("k19-revenue-amount-blank.json", "budget.revenue.items[1].amount")]
    public void A_list_item_without_its_number_is_refused_at_its_place(string unit, string place)
    {
        // Before, 转业士官 without a count printed “转业士官人，” and the totals left it out (实有人数 48 instead of 55), unflagged;
        // a revenue item without an amount was refused by the dry run (PE316) without saying which item.
        var path = Path.Combine(Folder, "refused", unit);
        var result = ReportValidator.Validate(File.ReadAllText(path), path);
        Assert.Null(result.Data);
        Assert.Contains(result.Diagnostics, d => d.Code == "PE106" && d.JsonPath == place);
    }

    // “其中：。”, “（其中）”, “下设。”, “等0方面”, “临聘人员人（”, two marks side by side, a sign word before a minus.
    // (The generated units also look for 万元 or 人 without a number; these units' real prose has “30余万元”, “负责人，”.)
    [GeneratedRegex(@"[：，、；]。|（）|（其中）|其中[：，]?[。；）]|(下设|设有)。|(?<![\d.])0(大部门|方面)|员人（|[。，、；：]{2}|增加-|减少-|NaN")]
    private static partial Regex EmptySlot();
}
