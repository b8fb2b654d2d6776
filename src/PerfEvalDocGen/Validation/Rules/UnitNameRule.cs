using System.Text.RegularExpressions;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE234: the unit's name is only the name. The title and file name add “{year}年度整体支出绩效自评报告” to it, so a
/// name typed with the year or the report's title (as on last year's cover) prints them twice.
/// </summary>
internal sealed partial class UnitNameRule : IConsistencyRule
{
    public string Code => "PE234";

    public Severity Severity => Severity.Warning;

    public string Meaning => "单位名称或简称中带有年度或报告名称（“2023年度”“整体支出”“绩效自评”“自评报告”）：标题和文件名由单位名称加“××××年度整体支出绩效自评报告”组成，会重复。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var unit = context.Data.Unit;
        foreach (var (path, title, name) in new[] { ("unit.name", "单位名称", unit.Name), ("unit.shortName", "单位简称", unit.ShortName) })
        {
            if (name is not null && ReportWords().Match(name) is { Success: true } match)
            {
                yield return new Finding(path,
                    $"{title}“{name.Trim()}”中有“{match.Value}”：标题和文件名会写成“{name.Trim()}{context.Data.Unit.Year}年度整体支出绩效自评报告”。",
                    $"只写单位名称，删去“{match.Value}”及其后的文字。");
            }
        }
    }

    [GeneratedRegex(@"(?:19|20)\d\d\s*年度?|整体支出|绩效自评|自评报告|绩效评价")]
    private static partial Regex ReportWords();
}
