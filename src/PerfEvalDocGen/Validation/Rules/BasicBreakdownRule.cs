using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE203: 基本支出 equals personnel plus public funds.</summary>
internal sealed class BasicBreakdownRule : IConsistencyRule
{
    public string Code => "PE203";

    public Severity Severity => Severity.Warning;

    public string Meaning => "基本支出应等于人员经费与公用经费（本年决算数）之和。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var data = context.Data;
        if (data.BasicExpenditure.Personnel is null || data.BasicExpenditure.PublicFunds.Total.CurrentActual is null)
        {
            return [];
        }
        return TotalAgainstParts.Check(context, "budget.basicExpenditure", "基本支出", data.Budget.BasicExpenditure,
            [("人员经费", data.BasicExpenditure.Personnel), ("公用经费", data.BasicExpenditure.PublicFunds.Total.CurrentActual)]);
    }
}
