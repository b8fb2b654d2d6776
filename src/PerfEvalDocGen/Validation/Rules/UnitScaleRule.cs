using System.Globalization;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Validation.Plausibility;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE144: the unit's totals (全年执行数, 预算数, 收入) are not below what any budget unit spends in a year. Typed in 亿元
/// (0.407353 for 4073.53 万元) they print as 0.41 万元; when every amount is in 亿元, no total disagrees with its parts.
/// </summary>
internal sealed class UnitScaleRule : IConsistencyRule
{
    public string Code => "PE144";

    public Severity Severity => Severity.Warning;

    public string Meaning => "单位的整体数（全年执行数、全年预算数、年初预算数、收入合计、预算批复数）大于 0 而小于 10 万元：不到一个预算单位一年的开支，可能按亿元填写；给出折合万元数。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var budget = context.Data.Budget;
        var totals = new (string Path, string Name, decimal? Value)[]
        {
            ("budget.executed", "全年执行数", budget.Executed),
            ("budget.fullYearBudget", "全年预算数", budget.FullYearBudget),
            ("budget.initialBudget", "年初预算数", budget.InitialBudget),
            ("budget.revenue.total", "收入合计", budget.Revenue.Total),
            ("budget.revenue.approved", "预算批复数", budget.Revenue.Approved),
        };
        foreach (var (path, name, value) in totals)
        {
            if (value is { } v && IsTooSmall(v))
            {
                yield return new Finding(path,
                    string.Create(CultureInfo.InvariantCulture, $"单位的{name}为 {v} 万元（{v * 10000:0.##} 元），不到一个预算单位一年的开支。"),
                    string.Create(CultureInfo.InvariantCulture, $"金额单位为万元：若是按亿元填写的，应为 {v * 10000:0.00} 万元。"));
            }
        }
    }

    /// <summary>Whether a whole-unit total is below what a unit can spend (and so is no whole to compare parts with).</summary>
    public static bool IsTooSmall(decimal total) => total > 0 && total < PlausibleLimits.SmallestUnitTotal;
}
