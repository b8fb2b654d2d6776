using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class BlankIndicatorValueRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new BlankIndicatorValueRule(), RuleHarness.Clean()));

    [Fact]
    public void A_forgotten_cell_is_reported_and_a_quantitative_actual_is_left_to_PE220()
    {
        var data = RuleHarness.Clean();
        data.Indicators[1].Actual = null;
        data.Indicators[2].Target = " ";
        data.Indicators[0].Actual = null;
        Assert.Equal(["indicators[1].actual", "indicators[2].target"], RuleHarness.Run(new BlankIndicatorValueRule(), data).Select(f => f.JsonPath));
        Assert.Equal("indicators[0].actual", Assert.Single(RuleHarness.Run(new UnreadableQuantityRule(), data)).JsonPath);
    }
}
