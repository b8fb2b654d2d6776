using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class GroupWeightRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new GroupWeightRule(), RuleHarness.Clean()));

    [Fact]
    public void A_group_off_its_standard_weight_and_an_unknown_group_are_reported()
    {
        var data = RuleHarness.Clean();
        data.Indicators[0].Weight = 40m;
        data.Indicators.Add(new Indicator { Level1 = "其他指标", Level2 = "x", Level3 = "y", Weight = 10m });
        var findings = RuleHarness.Run(new GroupWeightRule(), data);
        Assert.Equal(["indicators[0].weight", "indicators[3].level1"], findings.Select(f => f.JsonPath));
    }
}

public class TotalWeightRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new TotalWeightRule(), RuleHarness.Clean()));

    [Fact]
    public void Weights_must_make_100_with_execution()
    {
        var data = RuleHarness.Clean();
        data.Indicators[2].Weight = 5m;
        Assert.Contains("95", Assert.Single(RuleHarness.Run(new TotalWeightRule(), data)).Message);
    }

    [Fact]
    public void Each_project_form_is_checked_too()
    {
        var data = RuleHarness.Clean();
        data.ProjectEvaluations.Add(new ProjectEvaluation { Name = "项目", Indicators = [new Indicator { Level1 = "产出指标", Level2 = "a", Level3 = "b", Weight = 80m }] });
        Assert.Equal("projectEvaluations[0].indicators", Assert.Single(RuleHarness.Run(new TotalWeightRule(), data)).JsonPath);
    }
}

public class ScoreWithinWeightRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new ScoreWithinWeightRule(), RuleHarness.Clean()));

    [Fact]
    public void A_score_above_its_weight_is_reported()
    {
        var data = RuleHarness.Clean();
        data.Indicators[1].Score = 31m;
        Assert.Equal("indicators[1].score", Assert.Single(RuleHarness.Run(new ScoreWithinWeightRule(), data)).JsonPath);
    }
}

public class QuantitativeScoreRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new QuantitativeScoreRule(), RuleHarness.Clean()));

    [Theory]
    [InlineData("≧98%", "≧95%", "10", "9", "9.69")]
    [InlineData("≥10次", "8次", "5", "5", "4.00")]
    [InlineData("≤100万", "125万", "10", "10", "8.00")]
    public void An_entered_score_off_the_formula_is_reported_with_the_formula_score(string target, string actual, string weight, string score, string expected)
    {
        var data = RuleHarness.Clean();
        data.Indicators[2] = new Indicator { Level1 = "满意度指标", Level2 = "x", Level3 = "群众满意度", Target = target, Actual = actual, Weight = decimal.Parse(weight), Score = decimal.Parse(score) };
        Assert.Contains(expected, Assert.Single(RuleHarness.Run(new QuantitativeScoreRule(), data)).Message);
    }

    [Theory]
    [InlineData("出台", "出台")]
    [InlineData("每月15日前足额发放", "定时")]
    [InlineData("100%", "90%")]
    public void Qualitative_targets_are_left_to_the_evaluator(string target, string actual)
    {
        var data = RuleHarness.Clean();
        data.Indicators[2].Target = target;
        data.Indicators[2].Actual = actual;
        data.Indicators[2].Score = 3m;
        Assert.Empty(RuleHarness.Run(new QuantitativeScoreRule(), data));
    }
}
