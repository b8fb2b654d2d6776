using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE210: the amount executed does not exceed the full-year budget.</summary>
internal sealed class ExecutionWithinBudgetRule : IConsistencyRule
{
    public string Code => "PE210";

    public Severity Severity => Severity.Warning;

    public string Meaning => "全年执行数不应超过全年预算数（超出时执行率按 100% 计分，但应核对）。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var budget = context.Data.Budget;
        if (budget.Executed is { } executed && budget.FullYearBudget is { } full && executed - full > context.Tolerance)
        {
            yield return new Finding("budget.executed",
                $"全年执行数 {RuleContext.Money(executed)} 万元超过全年预算数 {RuleContext.Money(full)} 万元。", "核对全年预算数是否包含年中追加。");
        }
        for (var i = 0; i < context.Data.ProjectEvaluations.Count; i++)
        {
            var total = context.Data.ProjectEvaluations[i].Total;
            if (total.Executed is { } e && total.FullYearBudget is { } b && e - b > context.Tolerance)
            {
                yield return new Finding($"projectEvaluations[{i}].total.executed",
                    $"项目“{context.Data.ProjectEvaluations[i].Name}”全年执行数 {RuleContext.Money(e)} 万元超过全年预算数 {RuleContext.Money(b)} 万元。");
            }
        }
    }
}
