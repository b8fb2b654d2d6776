using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class RevenueItemsRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new RevenueItemsRule(), RuleHarness.Clean()));

    [Fact]
    public void Revenue_kinds_must_make_the_total()
    {
        var data = RuleHarness.Clean();
        data.Budget.Revenue.Total = 7028m;
        data.Budget.Revenue.Items = [new AmountItem { Name = "体制收入", Amount = 4011m }, new AmountItem { Name = "专项收入", Amount = 1497m }];
        Assert.Contains("5508.00", Assert.Single(RuleHarness.Run(new RevenueItemsRule(), data)).Message);
    }
}

public class BudgetSplitRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new BudgetSplitRule(), RuleHarness.Clean()));

    [Fact]
    public void The_split_by_nature_must_make_the_budget()
    {
        var data = RuleHarness.Clean();
        (data.Budget.BasicBudget, data.Budget.ProjectBudget) = (600m, 200m);
        Assert.Equal("budget.initialBudget", Assert.Single(RuleHarness.Run(new BudgetSplitRule(), data)).JsonPath);
    }
}

public class EconomicClassRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new EconomicClassRule(), RuleHarness.Clean()));

    [Fact]
    public void Each_breakdown_is_checked_against_its_total()
    {
        var data = RuleHarness.Clean();
        data.BasicExpenditure.ByEconomicClass = [new AmountItem { Name = "工资福利支出", Amount = 590m }];
        data.ProjectExpenditure.ByFunction = [new AmountItem { Name = "社会管理支出", Amount = 350m }];
        data.ProjectExpenditure.ByEconomicClass = [new AmountItem { Name = "其他支出", Amount = 300m }];
        Assert.Equal(["budget.basicExpenditure", "budget.projectExpenditure"], RuleHarness.Run(new EconomicClassRule(), data).Select(f => f.JsonPath));
    }
}
