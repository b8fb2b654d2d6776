using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE214: total revenue equals the sum of its kinds.</summary>
internal sealed class RevenueItemsRule : IConsistencyRule
{
    public string Code => "PE214";

    public Severity Severity => Severity.Warning;

    public string Meaning => "收入合计应等于收入构成各项之和。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var revenue = context.Data.Budget.Revenue;
        return TotalAgainstParts.Check(context, "budget.revenue.total", "收入合计", revenue.Total, revenue.Items.Select(i => (i.Name, i.Amount)).ToList());
    }
}
