using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE222: a project's 年度资金总额 equals 当年财政拨款 + 上年结转资金 + 其他资金, column by column.</summary>
internal sealed class ProjectFundsRule : IConsistencyRule
{
    public string Code => "PE222";

    public Severity Severity => Severity.Warning;

    public string Meaning => "项目支出绩效自评表的年度资金总额应等于当年财政拨款、上年结转资金与其他资金之和（年初预算数、全年预算数、全年执行数逐列比较）。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var projects = context.Data.ProjectEvaluations;
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            var columns = new (string Field, string Name, Func<FundFigures, decimal?> Value)[]
            {
                ("initialBudget", "年初预算数", f => f.InitialBudget),
                ("fullYearBudget", "全年预算数", f => f.FullYearBudget),
                ("executed", "全年执行数", f => f.Executed),
            };
            foreach (var (field, name, value) in columns)
            {
                foreach (var finding in TotalAgainstParts.Check(context, $"projectEvaluations[{i}].total.{field}", $"项目“{p.Name}”年度资金总额的{name}", value(p.Total),
                    [("当年财政拨款", value(p.CurrentAppropriation)), ("上年结转资金", value(p.CarriedOver)), ("其他资金", value(p.Other))]))
                {
                    yield return finding;
                }
            }
        }
    }
}
