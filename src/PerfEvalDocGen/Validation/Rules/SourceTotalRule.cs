using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE201: 全年执行数 equals the sum of the split by source of funds.</summary>
internal sealed class SourceTotalRule : IConsistencyRule
{
    public string Code => "PE201";

    public Severity Severity => Severity.Warning;

    public string Meaning => "全年执行数应等于按收入性质分的各项之和（一般公共预算、政府性基金、专户非税收入、其他资金）。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var budget = context.Data.Budget;
        var s = budget.BySource;
        return TotalAgainstParts.Check(context, "budget.executed", "全年执行数", budget.Executed,
            [("一般公共预算", s.GeneralPublicBudget), ("政府性基金拨款", s.GovernmentFund), ("纳入专户管理的非税收入拨款", s.SpecialAccountNonTax), ("其他资金", s.Other)]);
    }
}
