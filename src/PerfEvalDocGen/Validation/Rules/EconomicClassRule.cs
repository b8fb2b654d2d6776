using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE216: basic and project expenditure each equal their breakdowns by economic class and by function.</summary>
internal sealed class EconomicClassRule : IConsistencyRule
{
    public string Code => "PE216";

    public Severity Severity => Severity.Warning;

    public string Meaning => "基本支出、项目支出应分别等于其按经济分类（及项目支出按功能分类）的各项之和。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var data = context.Data;
        return TotalAgainstParts.Check(context, "budget.basicExpenditure", "基本支出", data.Budget.BasicExpenditure,
                data.BasicExpenditure.ByEconomicClass.Select(i => (i.Name, i.Amount)).ToList())
            .Concat(TotalAgainstParts.Check(context, "budget.projectExpenditure", "项目支出", data.Budget.ProjectExpenditure,
                data.ProjectExpenditure.ByEconomicClass.Select(i => (i.Name, i.Amount)).ToList()))
            .Concat(TotalAgainstParts.Check(context, "budget.projectExpenditure", "项目支出", data.Budget.ProjectExpenditure,
                data.ProjectExpenditure.ByFunction.Select(i => (i.Name, i.Amount)).ToList()));
    }
}
