using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE215: the start-of-year budget equals the basic and project budgets.</summary>
internal sealed class BudgetSplitRule : IConsistencyRule
{
    public string Code => "PE215";

    public Severity Severity => Severity.Warning;

    public string Meaning => "年初预算数应等于基本支出预算与项目支出预算之和（两者都填写时）。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var budget = context.Data.Budget;
        if (budget.BasicBudget is null || budget.ProjectBudget is null)
        {
            return [];
        }
        return TotalAgainstParts.Check(context, "budget.initialBudget", "年初预算数", budget.InitialBudget,
            [("基本支出预算", budget.BasicBudget), ("项目支出预算", budget.ProjectBudget)]);
    }
}
