using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE223: the 政府性基金预算支出 table's total spending equals 政府性基金拨款 in the split of execution by source.</summary>
internal sealed class FundBudgetSourceRule : IConsistencyRule
{
    public string Code => "PE223";

    public Severity Severity => Severity.Warning;

    public string Meaning => "政府性基金预算支出情况表的支出数合计应等于按收入性质分的政府性基金拨款（budget.bySource.governmentFund）；一方有数另一方为空也报告。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var items = context.Data.GovernmentFundBudget.Items;
        var source = context.Data.Budget.BySource.GovernmentFund;
        var total = Rounding.Sum(items.Select(i => i.Actual));
        if (total is { } t && source is { } s)
        {
            if (context.Differs(t, s))
            {
                yield return new Finding("budget.bySource.governmentFund",
                    $"政府性基金拨款 {RuleContext.Money(s)} 万元与政府性基金预算支出情况表的支出数合计 {RuleContext.Money(t)} 万元不符，相差 {RuleContext.Money(s - t)} 万元。",
                    "核对决算报表，改正政府性基金拨款或支出表中有误的行。");
            }
        }
        else if (total is { } only && only != 0 && source is null)
        {
            yield return new Finding("budget.bySource.governmentFund",
                $"政府性基金预算支出情况表的支出数合计为 {RuleContext.Money(only)} 万元，但按收入性质分的政府性基金拨款未填写。", "填写 budget.bySource.governmentFund。");
        }
        else if (source is { } money && money != 0 && items.Count == 0)
        {
            yield return new Finding("governmentFundBudget.items",
                $"按收入性质分的政府性基金拨款为 {RuleContext.Money(money)} 万元，但没有填写政府性基金预算支出情况表，报告会写“本单位无政府性基金预算支出”。",
                "在 governmentFundBudget.items 中逐行填写支出情况。");
        }
    }
}
