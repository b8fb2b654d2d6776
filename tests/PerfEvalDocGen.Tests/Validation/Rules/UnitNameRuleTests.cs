using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class UnitNameRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new UnitNameRule(), RuleHarness.Clean()));

    [Theory]
    [InlineData("岳阳楼区岳阳楼街道办事处2023年度", "2023年度")]
    [InlineData("岳阳楼街道办事处整体支出绩效自评报告", "整体支出")]
    public void A_name_typed_with_the_year_or_title_is_reported(string name, string words)
    {
        var data = RuleHarness.Clean();
        data.Unit.Name = name;
        var finding = Assert.Single(RuleHarness.Run(new UnitNameRule(), data));
        Assert.Equal("unit.name", finding.JsonPath);
        Assert.Contains($"“{words}”", finding.Message);
    }
}
