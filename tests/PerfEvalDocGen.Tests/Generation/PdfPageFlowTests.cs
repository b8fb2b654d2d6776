using System.Text.RegularExpressions;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>
/// Where the pages and lines of LibreOffice's PDF end, over units that move the ends to every place: the block that
/// closes a report is never alone at the top of a page, and “……” and “——” are never split between two lines.
/// </summary>
public partial class PdfPageFlowTests(PageFlowPackages packages) : IClassFixture<PageFlowPackages>
{
    public static TheoryData<string, string> Closings() => new()
    {
        // The 附件 list; the sign-off's unit line, the line above its date.
        { "yueyanglou-2023.json", "附件：" },
        { "yuehu-2019.json", "2020年9月21日" },
        { "dongfanghong-2022.json", "2023年10月25日" },
    };

    [Theory]
    [MemberData(nameof(Closings))]
    public void The_block_that_closes_the_report_never_starts_a_page(string example, string marker)
    {
        var alone = new List<string>();
        for (var shift = 0; shift < PageFlowPackages.Shifts; shift++)
        {
            var pages = PdfConverter.Pages(packages.Pdfs[PageFlowPackages.ShiftName(example, shift)]);
            var page = pages.Select(Lines).Last(p => p.Any(l => l.StartsWith(marker, StringComparison.Ordinal)));
            var at = page.FindIndex(l => l.StartsWith(marker, StringComparison.Ordinal));
            // A sign-off starts one line above its date.
            var start = marker.StartsWith("附件", StringComparison.Ordinal) ? at : at - 1;
            if (start <= 0)
            {
                alone.Add($"{shift} lines appended: “{string.Join(" / ", page)}”");
            }
        }
        Assert.True(alone.Count == 0, $"{example}: the closing block opens a page: {string.Join("; ", alone)}");
    }

    [Theory]
    [InlineData("yueyanglou-2023.json")]
    [InlineData("yuehu-2019.json")]
    [InlineData("dongfanghong-2022.json")]
    [InlineData("qingshuitang-2020.json")]
    [InlineData("yinpenling-2019.json")]
    public void Ellipses_and_dashes_are_never_split_between_lines(string example)
    {
        var lines = PdfConverter.Pages(packages.Pdfs[PageFlowPackages.MarkName(example)]).SelectMany(Lines).ToList();
        var text = string.Concat(lines);
        var expected = PageFlowPackages.MarkParagraphs().Count();
        Assert.True(Regex.Count(text, "……") >= expected, $"{example}: the ellipses did not all reach the PDF");
        Assert.True(Regex.Count(text, "——") >= expected, $"{example}: the dashes did not all reach the PDF");
        var split = lines.Zip(lines.Skip(1))
            .Where(p => "…—".Any(m => p.First.EndsWith(m) && !p.First.EndsWith($"{m}{m}", StringComparison.Ordinal)
                && p.Second.StartsWith(m) && !p.Second.StartsWith($"{m}{m}", StringComparison.Ordinal)))
            .Select(p => $"“{p.First}” / “{p.Second}”").ToList();
        Assert.True(split.Count == 0, $"{example}: split across lines: {string.Join("; ", split)}");
    }

    /// <summary>A page's text lines without white space, the page number left out.</summary>
    private static List<string> Lines(string page) =>
        page.Split('\n').Select(l => WhiteSpace().Replace(l, "")).Where(l => l.Length > 0 && !PageNumber().IsMatch(l)).ToList();

    [GeneratedRegex(@"\s")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^—\d+—$")]
    private static partial Regex PageNumber();
}
