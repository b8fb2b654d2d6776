using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class PartWithinWholeRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new PartWithinWholeRule(), RuleHarness.Clean()));

    [Fact]
    public void A_row_typed_in_yuan_is_larger_than_the_whole_and_gets_its_amount_in_wan()
    {
        var data = RuleHarness.Clean();
        // 公务接待 3 万元 typed as 30000 (元): no total of its own to disagree with, but more than the unit spent in all.
        data.ThreePublicExpenses.Reception.CurrentActual = 30000m;
        var finding = Assert.Single(RuleHarness.Run(new PartWithinWholeRule(), data));
        Assert.Equal("threePublicExpenses.reception.currentActual", finding.JsonPath);
        Assert.Contains("公务接待", finding.Message);
        Assert.Contains("950.00", finding.Message);
        Assert.Contains("3.00 万元", finding.Suggestion);
    }

    [Fact]
    public void Three_public_rows_that_together_exceed_the_whole_are_reported_as_their_total()
    {
        var data = RuleHarness.Clean();
        data.ThreePublicExpenses.VehicleOperation.CurrentActual = 600m;
        data.ThreePublicExpenses.Reception.CurrentActual = 400m;
        Assert.Equal("threePublicExpenses", Assert.Single(RuleHarness.Run(new PartWithinWholeRule(), data)).JsonPath);
    }

    [Fact]
    public void A_budget_row_beyond_the_unit_budget_is_reported()
    {
        var data = RuleHarness.Clean();
        data.Procurement.CurrentBudget = 57838m;
        Assert.Equal("procurement.currentBudget", Assert.Single(RuleHarness.Run(new PartWithinWholeRule(), data)).JsonPath);
    }

    [Fact]
    public void Projects_and_other_budgets_are_parts_too()
    {
        var data = RuleHarness.Clean();
        data.ProjectEvaluations.Add(new ProjectEvaluation { Name = "业务工作经费", Total = { Executed = 9500m } });
        data.GovernmentFundBudget.Items.Add(new OtherBudgetItem { Name = "城乡社区支出", Actual = 45000m });
        Assert.Equal(
            ["governmentFundBudget.items[0].actual", "projectEvaluations[0].total.executed"],
            RuleHarness.Run(new PartWithinWholeRule(), data).Select(f => f.JsonPath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_whole_smaller_than_three_parts_is_reported_once_at_the_whole()
    {
        var data = RuleHarness.Clean();
        // 950 typed as 95: 人员经费 500, 公用经费 100 and 业务工作经费 300 are each more than it.
        data.Budget.Executed = 95m;
        var finding = Assert.Single(RuleHarness.Run(new PartWithinWholeRule(), data));
        Assert.Equal("budget.executed", finding.JsonPath);
        Assert.Contains("3 项", finding.Message);
    }

    [Fact]
    public void A_whole_typed_in_yi_is_left_to_the_scale_check()
    {
        var data = RuleHarness.Clean();
        data.Budget.Executed = 0.095m;
        Assert.Empty(RuleHarness.Run(new PartWithinWholeRule(), data));
        Assert.Equal("budget.executed", Assert.Single(RuleHarness.Run(new UnitScaleRule(), data)).JsonPath);
    }

    [Fact]
    public void Totals_of_any_real_unit_are_not_doubted()
    {
        var data = RuleHarness.Clean();
        data.Budget.Executed = 10m;
        data.Budget.Revenue.Total = 12.5m;
        Assert.Empty(RuleHarness.Run(new UnitScaleRule(), data));
    }
}
