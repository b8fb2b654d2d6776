using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

/// <summary>Blank is not zero: a blank score or an empty grid is reported, and the figures leave 总分 and 等级 blank rather than lower.</summary>
public class ScoreCompletenessTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new BlankScoreRule(), RuleHarness.Clean()));

    [Fact]
    public void A_blank_score_is_an_error_and_leaves_the_total_and_grade_blank()
    {
        var data = RuleHarness.Clean();
        // 执行率得分 10 × 950 ÷ 1000 = 9.50, plus 50 + 28 + 10.
        Assert.Equal(97.50m, FigureCalculator.Compute(data).TotalScore);
        data.Indicators[1].Score = null;
        Assert.Equal("indicators[1].score", Assert.Single(RuleHarness.Run(new BlankScoreRule(), data)).JsonPath);
        var figures = FigureCalculator.Compute(data);
        Assert.Null(figures.TotalScore);
        Assert.Null(figures.Grade);
        Assert.Null(figures.IndicatorGroups[1].Score);
        Assert.Equal(50m, figures.IndicatorGroups[0].Score);
    }

    [Fact]
    public void An_empty_grid_is_reported_by_the_weight_rule_and_gives_no_total()
    {
        var data = RuleHarness.Clean();
        data.Indicators.Clear();
        Assert.Equal("indicators", Assert.Single(RuleHarness.Run(new TotalWeightRule(), data)).JsonPath);
        Assert.Null(FigureCalculator.Compute(data).TotalScore);
        Assert.Null(FigureCalculator.Compute(data).Grade);
    }

    [Fact]
    public void A_set_without_the_forms_prints_no_total_so_an_empty_grid_is_left_to_it()
    {
        var data = RuleHarness.Clean();
        data.Indicators.Clear();
        data.Indicators.Add(new Indicator { Level1 = "产出指标", Level2 = "a", Level3 = "b", Weight = 90m });
        var context = new RuleContext(data, FigureCalculator.Compute(data), 0.01m) { Forms = [] };
        Assert.Empty(new BlankScoreRule().Check(context));
        data.Indicators.Clear();
        Assert.Empty(new TotalWeightRule().Check(context with { Figures = FigureCalculator.Compute(data) }));
    }

    [Fact]
    public void Each_project_needs_its_scores_and_its_execution_figures()
    {
        var data = RuleHarness.Clean();
        data.ProjectEvaluations.Add(new ProjectEvaluation
        {
            Name = "业务工作经费",
            Total = { FullYearBudget = 0m },
            Indicators = [new Indicator { Level1 = "产出指标", Level2 = "a", Level3 = "b", Weight = 90m }],
        });
        Assert.Equal(
            ["projectEvaluations[0].indicators[0].score", "projectEvaluations[0].total.fullYearBudget", "projectEvaluations[0].total.executed"],
            RuleHarness.Run(new BlankScoreRule(), data).Select(f => f.JsonPath));
        Assert.Null(FigureCalculator.Compute(data).ProjectEvaluations[0].TotalScore);
    }

    [Fact]
    public void An_empty_project_grid_is_reported()
    {
        var data = RuleHarness.Clean();
        data.ProjectEvaluations.Add(new ProjectEvaluation { Name = "业务工作经费", Total = { FullYearBudget = 10m, Executed = 10m } });
        Assert.Equal("projectEvaluations[0].indicators", Assert.Single(RuleHarness.Run(new TotalWeightRule(), data)).JsonPath);
    }
}

public class UnreadableQuantityRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new UnreadableQuantityRule(), RuleHarness.Clean()));

    [Fact]
    public void An_unreadable_actual_is_reported_and_no_score_is_advised()
    {
        var data = RuleHarness.Clean();
        data.Indicators[0].Actual = "已完成";
        var finding = Assert.Single(RuleHarness.Run(new UnreadableQuantityRule(), data));
        Assert.Equal("indicators[0].actual", finding.JsonPath);
        Assert.Contains("已完成", finding.Message);
        Assert.Empty(RuleHarness.Run(new QuantitativeScoreRule(), data));
    }

    [Fact]
    public void The_score_rule_advises_the_right_score_on_values_with_separators_and_signs()
    {
        var data = RuleHarness.Clean();
        data.Indicators[0] = new Indicator
        {
            Level1 = "产出指标", Level2 = "数量指标", Level3 = "改造面积", Target = "≥12,600平方米", Actual = "10,080平方米", Weight = 50m, Score = 50m,
        };
        // 50 × 10080 ÷ 12600 = 40.00
        Assert.Contains("改为 40.00", Assert.Single(RuleHarness.Run(new QuantitativeScoreRule(), data)).Suggestion);
        data.Indicators[0] = new Indicator
        {
            Level1 = "产出指标", Level2 = "成本指标", Level3 = "成本变动率", Target = "≤0%", Actual = "-2.3%", Weight = 50m, Score = 50m,
        };
        Assert.Empty(RuleHarness.Run(new QuantitativeScoreRule(), data));
        Assert.Empty(RuleHarness.Run(new UnreadableQuantityRule(), data));
    }
}

public class ProjectFundsRuleTests
{
    [Fact]
    public void A_total_that_is_not_the_sum_of_its_sources_is_reported_per_column()
    {
        var data = RuleHarness.Clean();
        data.ProjectEvaluations.Add(new ProjectEvaluation
        {
            Name = "业务工作经费",
            Total = { InitialBudget = 100m, FullYearBudget = 120m, Executed = 110m },
            CurrentAppropriation = { InitialBudget = 100m, FullYearBudget = 100m, Executed = 90m },
            CarriedOver = { FullYearBudget = 20m, Executed = 10m },
        });
        var finding = Assert.Single(RuleHarness.Run(new ProjectFundsRule(), data));
        Assert.Equal("projectEvaluations[0].total.executed", finding.JsonPath);
        Assert.Contains("相差 10.00", finding.Message);
    }
}

public class FundBudgetSourceRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new FundBudgetSourceRule(), RuleHarness.Clean()));

    [Fact]
    public void The_table_total_must_match_the_source_split()
    {
        var data = RuleHarness.Clean();
        data.GovernmentFundBudget.Items.Add(new OtherBudgetItem { Name = "城乡社区支出", Budget = 50m, Actual = 40m });
        Assert.Contains("未填写", Assert.Single(RuleHarness.Run(new FundBudgetSourceRule(), data)).Message);
        data.Budget.BySource.GovernmentFund = 45m;
        Assert.Contains("相差 5.00", Assert.Single(RuleHarness.Run(new FundBudgetSourceRule(), data)).Message);
        data.Budget.BySource.GovernmentFund = 40m;
        Assert.Empty(RuleHarness.Run(new FundBudgetSourceRule(), data));
        data.GovernmentFundBudget.Items.Clear();
        Assert.Equal("governmentFundBudget.items", Assert.Single(RuleHarness.Run(new FundBudgetSourceRule(), data)).JsonPath);
    }
}

public class BlankThreePublicRuleTests
{
    [Fact]
    public void All_rows_blank_is_reported_where_the_set_prints_the_basic_data_form()
    {
        var data = RuleHarness.Clean();
        Assert.Equal("threePublicExpenses", Assert.Single(RuleHarness.Run(new BlankThreePublicRule(), data)).JsonPath);
        var context = new RuleContext(data, FigureCalculator.Compute(data), 0.01m) { Forms = ["overall-self-evaluation"] };
        Assert.Empty(new BlankThreePublicRule().Check(context));
        data.ThreePublicExpenses.Reception.CurrentActual = 0m;
        Assert.Empty(RuleHarness.Run(new BlankThreePublicRule(), data));
    }
}
