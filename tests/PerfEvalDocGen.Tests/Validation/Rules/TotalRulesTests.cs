using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class SourceTotalRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new SourceTotalRule(), RuleHarness.Clean()));

    [Fact]
    public void A_split_that_does_not_add_up_is_reported_with_the_sum()
    {
        var data = RuleHarness.Clean();
        data.Budget.BySource.Other = 40m;
        var finding = Assert.Single(RuleHarness.Run(new SourceTotalRule(), data));
        Assert.Equal("budget.executed", finding.JsonPath);
        Assert.Contains("940.00", finding.Message);
        Assert.Contains("10.00", finding.Message);
    }

    [Fact]
    public void Differences_within_the_tolerance_pass()
    {
        var data = RuleHarness.Clean();
        data.Budget.BySource.Other = 50.01m;
        Assert.Empty(RuleHarness.Run(new SourceTotalRule(), data));
        Assert.Single(RuleHarness.Run(new SourceTotalRule(), data, tolerance: 0.001m));
    }
}

public class NatureTotalRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new NatureTotalRule(), RuleHarness.Clean()));

    [Fact]
    public void Basic_plus_project_must_make_the_total()
    {
        var data = RuleHarness.Clean();
        data.Budget.ProjectExpenditure = 340m;
        Assert.Equal("budget.executed", Assert.Single(RuleHarness.Run(new NatureTotalRule(), data)).JsonPath);
    }
}

public class BasicBreakdownRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new BasicBreakdownRule(), RuleHarness.Clean()));

    [Fact]
    public void The_seed_004_slip_is_found()
    {
        var data = RuleHarness.Clean();
        (data.Budget.BasicExpenditure, data.BasicExpenditure.Personnel, data.BasicExpenditure.PublicFunds.Total.CurrentActual) = (1365.61m, 1188.75m, 176.16m);
        var finding = Assert.Single(RuleHarness.Run(new BasicBreakdownRule(), data));
        Assert.Contains("1364.91", finding.Message);
        Assert.Contains("0.70", finding.Message);
    }

    [Fact]
    public void Nothing_is_said_when_a_part_is_blank()
    {
        var data = RuleHarness.Clean();
        data.BasicExpenditure.Personnel = null;
        Assert.Empty(RuleHarness.Run(new BasicBreakdownRule(), data));
    }
}

public class ProjectClassesRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new ProjectClassesRule(), RuleHarness.Clean()));

    [Fact]
    public void Special_funds_and_transfers_count_toward_the_total()
    {
        var data = RuleHarness.Clean();
        data.ProjectExpenditure.SpecialFunds.Add(new() { Name = "专项", Figures = { CurrentActual = 20m } });
        Assert.Contains("370.00", Assert.Single(RuleHarness.Run(new ProjectClassesRule(), data)).Message);
    }
}

public class PublicFundsRowsRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new PublicFundsRowsRule(), RuleHarness.Clean()));

    [Fact]
    public void Rows_above_their_total_are_reported_per_column()
    {
        var data = RuleHarness.Clean();
        data.BasicExpenditure.PublicFunds.Total.LastYearActual = 10m;
        data.BasicExpenditure.PublicFunds.Office.LastYearActual = 8m;
        data.BasicExpenditure.PublicFunds.UtilitiesAndTravel.LastYearActual = 5m;
        var finding = Assert.Single(RuleHarness.Run(new PublicFundsRowsRule(), data));
        Assert.Equal("basicExpenditure.publicFunds.total.lastYearActual", finding.JsonPath);
    }
}
