using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class IndicatorHierarchyRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new IndicatorHierarchyRule(), RuleHarness.Clean()));

    [Fact]
    public void A_row_under_the_wrong_first_level_is_reported()
    {
        var data = RuleHarness.Clean();
        data.Indicators[2].Level2 = "数量指标";
        var finding = Assert.Single(RuleHarness.Run(new IndicatorHierarchyRule(), data));
        Assert.Equal("indicators[2].level2", finding.JsonPath);
        Assert.Contains("属于产出指标", finding.Message);
    }

    [Theory]
    [InlineData("效益指标", "社会效益")]
    [InlineData("产出指标", "经济成本指标")]
    [InlineData("其他指标", "数量指标")]
    [InlineData("效益指标", "服务质量提升")]
    public void Names_of_the_framework_and_unknown_groups_pass(string level1, string level2)
    {
        var data = RuleHarness.Clean();
        data.Indicators[1].Level1 = level1;
        data.Indicators[1].Level2 = level2;
        var findings = RuleHarness.Run(new IndicatorHierarchyRule(), data);
        Assert.Equal(level2 == "服务质量提升" ? 1 : 0, findings.Count);
    }
}
