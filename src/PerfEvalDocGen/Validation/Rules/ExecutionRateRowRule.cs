using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE235: 预算执行率 is not typed as an indicator row. The forms print it in its own row, worth 10 points and computed
/// from 全年执行数 ÷ 全年预算数; copied from the paper form into the indicators it prints twice and counts twice.
/// </summary>
internal sealed class ExecutionRateRowRule : IConsistencyRule
{
    public string Code => "PE235";

    public Severity Severity => Severity.Warning;

    public string Meaning => "三级指标中写了“预算执行率”：附表中预算执行率单独成行（10 分），由程序按全年执行数 ÷ 全年预算数计算，写进指标会印出两次、计分两次。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (path, row) in IndicatorRows.All(context.Data))
        {
            if (row.Level3.Replace(" ", "", StringComparison.Ordinal).Trim() is "预算执行率" or "预算执行率（%）" or "预算执行率(%)" or "资金执行率" or "预算资金执行率")
            {
                yield return new Finding($"{path}.level3",
                    $"三级指标“{row.Level3.Trim()}”就是附表中单独计分的预算执行率（10 分，由程序计算）：写进指标会印出两次、计分两次。",
                    "删去这一行，把它的分值分给其他三级指标（三级指标合计 90 分）。");
            }
        }
    }
}
