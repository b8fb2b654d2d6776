using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class DirectionSignRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new DirectionSignRule(), RuleHarness.Clean()));

    [Theory]
    [InlineData("≥10次", "反向", "正向")]
    [InlineData("不超过3%", "正向", "反向")]
    [InlineData("5%以内", "正向", "反向")]
    public void A_direction_against_the_targets_sign_is_reported(string target, string direction, string meant)
    {
        var data = RuleHarness.Clean();
        data.Indicators[0].Target = target;
        data.Indicators[0].Direction = direction;
        var finding = Assert.Single(RuleHarness.Run(new DirectionSignRule(), data));
        Assert.Equal("indicators[0].direction", finding.JsonPath);
        Assert.Contains($"应为“{meant}”", finding.Suggestion);
    }

    [Theory]
    [InlineData("≥10次", "正向")]
    [InlineData("≤3%", "反向")]
    [InlineData("100%", "反向")]
    public void A_direction_that_agrees_or_a_target_without_a_sign_passes(string target, string direction)
    {
        var data = RuleHarness.Clean();
        data.Indicators[0].Target = target;
        data.Indicators[0].Direction = direction;
        Assert.Empty(RuleHarness.Run(new DirectionSignRule(), data));
    }
}
