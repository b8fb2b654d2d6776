using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class UnmetFullScoreRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new UnmetFullScoreRule(), RuleHarness.Clean()));

    [Theory]
    [InlineData("部分完成")]
    [InlineData("未出台")]
    [InlineData("受疫情影响未达到")]
    public void Full_marks_for_a_shortfall_are_reported(string actual)
    {
        var data = RuleHarness.Clean();
        data.Indicators[1].Actual = actual;
        data.Indicators[1].Score = 30m;
        var finding = Assert.Single(RuleHarness.Run(new UnmetFullScoreRule(), data));
        Assert.Equal("indicators[1].score", finding.JsonPath);
    }

    [Theory]
    [InlineData("未发生", 30)]
    [InlineData("部分完成", 25)]
    public void An_achievement_or_a_reduced_score_passes(string actual, int score)
    {
        var data = RuleHarness.Clean();
        data.Indicators[1].Actual = actual;
        data.Indicators[1].Score = score;
        Assert.Empty(RuleHarness.Run(new UnmetFullScoreRule(), data));
    }
}
