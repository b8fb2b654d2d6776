using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>The three other budgets: "本单位无……" when empty (the seed), a table after the report when not.</summary>
public class OtherBudgetTests
{
    [Fact]
    public void A_unit_with_a_government_fund_budget_gets_its_table_after_the_report()
    {
        var data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        data.GovernmentFundBudget = new OtherBudget
        {
            Summary = "全年政府性基金预算支出用于城市基础设施配套。",
            Items = [new OtherBudgetItem { Name = "城市基础设施配套费支出", Budget = 120m, Actual = 96m }, new OtherBudgetItem { Name = "其他支出", Budget = 30m, Actual = 30m }],
        };
        var package = new ReportGenerator().Generate(data);
        Assert.Empty(DocxReader.ValidationErrors(package.Content));

        var paragraphs = DocxReader.StyledParagraphs(package.Content);
        Assert.Equal(["附件1", "附件2", "附件3", "附件4", "附件5"], paragraphs.Where(p => p.Style == "PEAttachmentLabel").Select(p => p.Text));
        Assert.Contains(paragraphs, p => p.Text == "本单位政府性基金预算支出情况详见附件5《政府性基金预算支出情况表》。");
        Assert.Contains(paragraphs, p => p.Text == "本单位无国有资本经营预算支出。");
        Assert.Equal("2023年度政府性基金预算支出情况表", paragraphs.Last(p => p.Style == "PEFormTitle").Text);

        var rows = DocxReader.Tables(package.Content)[^1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(DocxReader.CellTexts).ToList();
        Assert.Equal(["项目", "预算数", "支出数", "执行率"], rows[0]);
        Assert.Equal(["城市基础设施配套费支出", "120.00", "96.00", "80.00%"], rows[1]);
        Assert.Equal(["合计", "150.00", "126.00", "84.00%"], rows[^1]);
    }

    [Fact]
    public void The_seed_unit_has_none_and_gets_no_extra_table()
    {
        var package = new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json")));
        Assert.Equal(5, DocxReader.Tables(package.Content).Count);
    }
}
