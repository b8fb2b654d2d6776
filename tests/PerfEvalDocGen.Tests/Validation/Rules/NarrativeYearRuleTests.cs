using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class NarrativeYearRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new NarrativeYearRule(), RuleHarness.Clean()));

    [Fact]
    public void A_text_left_from_last_years_report_is_reported_at_its_field()
    {
        var data = RuleHarness.Clean();
        data.Goals.Add(new AnnualGoal { Expected = "抓党建", Achieved = "2023年深入开展了主题教育。" });
        data.Goals.Add(new AnnualGoal { Expected = "保民生", Achieved = "2022年积极办理各项民生实事。" });
        var finding = Assert.Single(RuleHarness.Run(new NarrativeYearRule(), data));
        Assert.Equal("goals[1].achieved", finding.JsonPath);
        Assert.Contains("2022 年", finding.Message);
    }

    [Theory]
    [InlineData("支出较2022年下降12%。")]
    [InlineData("2018年至今，街道辖区新引进企业30家。")]
    [InlineData("2022年底街道完成60号令遗留问题的化解。")]
    [InlineData("2021、2022年连续获评先进。")]
    [InlineData("2024年，街道将继续推进旧改。")]
    [InlineData("2019年的数据见附表。")]
    public void Comparisons_starting_points_plans_and_older_years_pass(string text)
    {
        var data = RuleHarness.Clean();
        data.Narrative.Results.Paragraphs.Add("2023年，街道完成了各项工作。");
        data.Narrative.Results.Paragraphs.Add(text);
        Assert.Empty(RuleHarness.Run(new NarrativeYearRule(), data));
    }

    [Fact]
    public void Texts_that_never_name_the_evaluated_year_doubt_the_year()
    {
        var data = RuleHarness.Clean();
        data.Unit.Year = 2022;
        data.Narrative.Results.Paragraphs.Add("2023年，街道完成了各项工作。");
        data.Goals.Add(new AnnualGoal { Expected = "保民生", Achieved = "2023年积极办理各项民生实事。" });
        var finding = Assert.Single(RuleHarness.Run(new NarrativeYearRule(), data));
        Assert.Equal("unit.year", finding.JsonPath);
        Assert.Contains("2023 年 2 处", finding.Message);
    }
}
