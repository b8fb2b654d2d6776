using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE202: 全年执行数 equals basic plus project expenditure.</summary>
internal sealed class NatureTotalRule : IConsistencyRule
{
    public string Code => "PE202";

    public Severity Severity => Severity.Warning;

    public string Meaning => "全年执行数应等于基本支出与项目支出之和。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var budget = context.Data.Budget;
        return TotalAgainstParts.Check(context, "budget.executed", "全年执行数", budget.Executed,
            [("基本支出", budget.BasicExpenditure), ("项目支出", budget.ProjectExpenditure)]);
    }
}
