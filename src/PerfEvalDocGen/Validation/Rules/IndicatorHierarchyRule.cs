using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE233: a 二级指标 stands under the 一级指标 it belongs to. A row pasted into the wrong group (数量指标 under
/// 满意度指标) prints in that group's merged cells and counts toward that group's points.
/// </summary>
internal sealed class IndicatorHierarchyRule : IConsistencyRule
{
    // The second-level names of the standard framework, by the first level they belong to.
    private static readonly (string Word, string Level1)[] Belongs =
    [
        ("数量", "产出指标"), ("质量", "产出指标"), ("时效", "产出指标"), ("成本", "产出指标"),
        ("经济效益", "效益指标"), ("社会效益", "效益指标"), ("生态效益", "效益指标"), ("可持续影响", "效益指标"),
        ("满意度", "满意度指标"),
    ];

    public string Code => "PE233";

    public Severity Severity => Severity.Warning;

    public string Meaning => "二级指标列在了不属于它的一级指标下：数量、质量、时效、成本指标属于产出指标，经济效益、社会效益、生态效益、可持续影响指标属于效益指标，满意度指标属于满意度指标。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var known = Belongs.Select(b => b.Level1).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, row) in IndicatorRows.All(context.Data))
        {
            var level1 = row.Level1.Trim();
            if (!known.Contains(level1))
            {
                continue; // An unknown 一级指标 is PE206's.
            }
            var owners = Belongs.Where(b => row.Level2.Contains(b.Word, StringComparison.Ordinal)).Select(b => b.Level1).Distinct().ToList();
            if (owners is [var owner] && owner != level1)
            {
                yield return new Finding($"{path}.level2",
                    $"指标“{row.Level3}”的二级指标“{row.Level2.Trim()}”属于{owner}，却列在“{level1}”下：分值会计入{level1}的合计。",
                    $"把该行的一级指标改为“{owner}”（并放到该组的行中），或改正二级指标。");
            }
        }
    }
}
