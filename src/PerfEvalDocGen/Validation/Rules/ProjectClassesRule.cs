using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE204: 项目支出 equals the sum of its class rows (this year's accounts).</summary>
internal sealed class ProjectClassesRule : IConsistencyRule
{
    public string Code => "PE204";

    public Severity Severity => Severity.Warning;

    public string Meaning => "项目支出应等于各类项目（业务工作经费、运行维护经费、特定目标类、专项资金、转移支付）本年决算数之和。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var classes = FigureCalculator.EnumerateProjectClasses(context.Data.ProjectExpenditure)
            .Select(c => (c.Name, c.Figures.CurrentActual))
            .ToList();
        return TotalAgainstParts.Check(context, "budget.projectExpenditure", "项目支出", context.Data.Budget.ProjectExpenditure, classes);
    }
}
