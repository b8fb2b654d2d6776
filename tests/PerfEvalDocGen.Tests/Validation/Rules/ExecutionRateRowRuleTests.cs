using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class ExecutionRateRowRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new ExecutionRateRowRule(), RuleHarness.Clean()));

    [Fact]
    public void The_execution_rate_copied_into_the_indicators_is_reported()
    {
        var data = RuleHarness.Clean();
        data.Indicators.Insert(0, new Indicator { Level1 = "产出指标", Level2 = "质量指标", Level3 = "预算执行率", Target = "100%", Actual = "95%", Weight = 10m, Score = 9.5m });
        Assert.Equal("indicators[0].level3", Assert.Single(RuleHarness.Run(new ExecutionRateRowRule(), data)).JsonPath);
    }

    [Fact]
    public void Other_rates_pass()
    {
        var data = RuleHarness.Clean();
        data.Indicators[0].Level3 = "公共财政支出进度";
        data.Indicators[1].Level3 = "项目资金到位率";
        Assert.Empty(RuleHarness.Run(new ExecutionRateRowRule(), data));
    }
}
