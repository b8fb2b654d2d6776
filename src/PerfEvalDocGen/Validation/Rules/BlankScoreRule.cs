using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE221: every figure that counts toward a printed 总分 or 等级 is filled — each indicator's score, and the
/// budget and execution the 执行率得分 comes from. A blank would otherwise count as 0 and lower the grade silently.
/// </summary>
internal sealed class BlankScoreRule : IConsistencyRule
{
    public string Code => "PE221";

    public Severity Severity => Severity.Error;

    public string Meaning => "计入总分和等级的数字必须填写：附件2、附件3 每个三级指标的得分，以及计算执行率得分的全年预算数（不为 0）和全年执行数；空白不按 0 计。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, rows) in IndicatorRows.Scored(context))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Score is null)
                {
                    yield return new Finding($"{path}[{i}].score",
                        $"指标“{rows[i].Level3}”未填写得分；总分和等级计入每个得分，空白不能当作 0。",
                        "填写自评得分（未完成的指标填 0）。");
                }
            }
        }
        var budget = context.Data.Budget;
        if (context.Prints(IndicatorRows.OverallForm))
        {
            foreach (var finding in Execution("budget", "整体支出", budget.FullYearBudget, budget.Executed))
            {
                yield return finding;
            }
        }
        if (context.Prints(IndicatorRows.ProjectForm))
        {
            var projects = context.Data.ProjectEvaluations;
            for (var i = 0; i < projects.Count; i++)
            {
                foreach (var finding in Execution($"projectEvaluations[{i}].total", $"项目“{projects[i].Name}”", projects[i].Total.FullYearBudget, projects[i].Total.Executed))
                {
                    yield return finding;
                }
            }
        }
    }

    private static IEnumerable<Finding> Execution(string path, string what, decimal? fullYearBudget, decimal? executed)
    {
        if (fullYearBudget is null or 0m)
        {
            yield return new Finding($"{path}.fullYearBudget",
                $"{what}的全年预算数{(fullYearBudget is null ? "未填写" : "为 0")}，执行率和执行率得分（10 分）无法计算，总分和等级随之空缺。",
                "填写全年预算数（万元）。");
        }
        if (executed is null)
        {
            yield return new Finding($"{path}.executed", $"{what}的全年执行数未填写，执行率得分无法计算，总分和等级随之空缺。", "填写全年执行数（万元），没有支出时填 0。");
        }
    }
}
