using System.Text.RegularExpressions;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE236: an indicator whose actual value says it was not achieved (未完成, 未达到, 未出台) does not carry full marks;
/// typically the score was copied from the row above or last year's form.
/// </summary>
internal sealed partial class UnmetFullScoreRule : IConsistencyRule
{
    public string Code => "PE236";

    public Severity Severity => Severity.Warning;

    public string Meaning => "实际完成值写明未完成（“未完成”“未达到”“未达标”“未实现”“未出台”“未按时”等），得分却是满分。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, row) in IndicatorRows.All(context.Data))
        {
            if (row.Actual is { } actual && Unmet().Match(actual) is { Success: true } said && row.Score is { } score && row.Weight is { } weight && weight > 0 && score >= weight)
            {
                yield return new Finding($"{path}.score",
                    $"指标“{row.Level3}”的实际完成值写“{actual.Trim()}”（{said.Value}），得分却是满分 {score}。",
                    "按完成程度扣分，或改正实际完成值；确有理由给满分的，在偏差原因中说明。");
            }
        }
    }

    // 未发生 (无群体性事件未发生) and 未出现 are achievements, not shortfalls.
    [GeneratedRegex(@"未完成|未达到|未达标|未实现|未出台|未按时|没有完成|没有达到|尚未完成|部分完成")]
    private static partial Regex Unmet();
}
