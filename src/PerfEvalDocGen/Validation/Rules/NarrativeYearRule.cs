using System.Globalization;
using System.Text.RegularExpressions;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE229: the years the texts speak of agree with the year evaluated. A text copied from last year's report keeps
/// last year's year (“2022年，街道…” in the 2023 report); an evaluated year typed wrong leaves every text speaking of
/// another year. Earlier years named for comparison or as a starting point (较2022年, 2018年至今, 2018年底) are ordinary.
/// </summary>
internal sealed partial class NarrativeYearRule : IConsistencyRule
{
    /// <summary>How often the texts must name another year, and never the evaluated one, before the evaluated year is doubted.</summary>
    private const int MentionsThatDoubtTheYear = 2;

    public string Code => "PE229";

    public Severity Severity => Severity.Warning;

    public string Meaning => "文字中的年份应与评价年度一致：正文、目标、指标等文字从未写到评价年度而多次写到另一个年份（评价年度填错，或整篇沿用了其他年度的报告）；或一句话把评价年度之前的某年当作本年来写（没有“较”“同比”“以来”“至今”“年底”等比较或起止的字样），像是沿用了往年报告的文字。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var year = context.Data.Unit.Year;
        var texts = Texts(context.Data).Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => (t.Path, Text: t.Text!)).ToList();
        var mentions = texts.SelectMany(t => YearMention().Matches(t.Text).Select(m => (t.Path, Year: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))).ToList();
        if (mentions.All(m => m.Year != year)
            && mentions.GroupBy(m => m.Year).Where(g => g.Count() >= MentionsThatDoubtTheYear).OrderByDescending(g => g.Count()).FirstOrDefault() is { } other)
        {
            yield return new Finding("unit.year",
                $"文字中写到 {other.Key} 年 {other.Count()} 处（如 {other.First().Path}），没有一处写到评价年度 {year} 年：评价年度是否填错，或文字沿用了其他年度的报告？",
                $"核对评价年度；若文字是从 {other.Key} 年度的报告复制的，把其中的年份和情况改为 {year} 年。");
            yield break;
        }
        foreach (var (path, text) in texts)
        {
            foreach (var sentence in Sentence().Split(text))
            {
                var earlier = YearMention().Matches(sentence).FirstOrDefault(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var y && y < year && y >= year - 3);
                if (earlier is not null && !Comparison().IsMatch(sentence))
                {
                    var shown = sentence.Trim().Length > 30 ? sentence.Trim()[..30] + "…" : sentence.Trim();
                    yield return new Finding(path,
                        $"这段文字写的是 {earlier.Groups[1].Value} 年（“{shown}”），而评价年度是 {year} 年：像是沿用了往年报告的文字。",
                        $"写本年情况的，改为 {year} 年的内容；确是引用往年情况的，可忽略此提示。");
                    break;
                }
            }
        }
    }

    private static IEnumerable<(string Path, string? Text)> Texts(ReportData data)
    {
        foreach (var (path, text) in NarrativeText.All(data))
        {
            yield return (path, text);
        }
        yield return ("frugalityMeasures", data.FrugalityMeasures);
        yield return ("organization.changeReason", data.Organization.ChangeReason);
        for (var i = 0; i < data.Goals.Count; i++)
        {
            yield return ($"goals[{i}].expected", data.Goals[i].Expected);
            yield return ($"goals[{i}].achieved", data.Goals[i].Achieved);
        }
        for (var i = 0; i < data.Indicators.Count; i++)
        {
            yield return ($"indicators[{i}].actual", data.Indicators[i].Actual);
            yield return ($"indicators[{i}].deviation", data.Indicators[i].Deviation);
        }
    }

    // A year as prose writes it: 2022年, not part of a longer number (20220年) nor a year range's first half (2021-2023年 names 2023).
    [GeneratedRegex(@"(?<![\d.])(20\d\d)(?=\s*年)")]
    private static partial Regex YearMention();

    [GeneratedRegex(@"[。！？；;!?\n]")]
    private static partial Regex Sentence();

    // Words that make an earlier year a comparison, a starting point or a span rather than the year described.
    [GeneratedRegex(@"上年|去年|前年|往年|历年|同比|环比|较|相比|对比|比上|比去|以来|至今|年至|截至|截止|年底|年末|年初|年前|年起|自\s*20\d\d|从\s*20\d\d|结转|结余|延续|连续|增长|增加|减少|下降|上升|提高|降低|持续|分别|先后|、")]
    private static partial Regex Comparison();
}
