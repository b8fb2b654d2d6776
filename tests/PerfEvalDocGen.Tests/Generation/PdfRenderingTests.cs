using System.Text.RegularExpressions;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>LibreOffice opens the package as a real second reader: title, cover, page numbers and the 22-line grid.</summary>
public partial class PdfRenderingTests(ExamplePackage example) : IClassFixture<ExamplePackage>
{
    [Fact]
    public void The_pdf_holds_the_title_and_the_cover()
    {
        var text = TextFolding.Fold(string.Concat(PdfConverter.Pages(example.PdfPath)));
        Assert.Contains(TextFolding.Fold("2023年度岳阳楼区岳阳楼街道办事处单位整体支出绩效自评报告"), text);
        Assert.Contains(TextFolding.Fold("2023年度岳阳楼区岳阳楼街道办事处整体支出绩效自评报告"), text);
        Assert.Contains(TextFolding.Fold("部门(单位)名称：岳阳楼区岳阳楼街道办事处（盖章）"), text);
        Assert.Contains(TextFolding.Fold("2024年5月28日"), text);
    }

    [Fact]
    public void Pages_are_numbered_in_order_but_the_cover()
    {
        var pages = PdfConverter.Pages(example.PdfPath).ToList();
        var numbers = pages.Select(p => PageNumber().Match(TextFolding.Fold(p))).ToList();
        var cover = pages.FindIndex(p => TextFolding.Fold(p).Contains("(盖章)", StringComparison.Ordinal));
        Assert.True(cover > 0);
        Assert.False(numbers[cover].Success, "the cover shows a page number");
        for (var i = 0; i < pages.Count; i++)
        {
            if (i != cover)
            {
                Assert.True(numbers[i].Success, $"page {i + 1} has no — N — number");
                Assert.Equal(i + 1, int.Parse(numbers[i].Groups[1].Value));
            }
        }
    }

    [Fact]
    public void A_full_page_of_body_text_holds_22_lines()
    {
        var pages = PdfConverter.Pages(example.PdfPath).ToList();
        var cover = pages.FindIndex(p => TextFolding.Fold(p).Contains("(盖章)", StringComparison.Ordinal));
        // Report pages between the title page and the last page are full pages of narrative.
        var body = pages.Skip(cover + 2).SkipLast(1).Select(TextLines).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, count => Assert.Equal(22, count));
    }

    private static int TextLines(string page) =>
        page.Split('\n').Count(l => l.Trim().Length > 0 && !PageNumber().IsMatch(TextFolding.Fold(l)));

    [GeneratedRegex(@"—(\d+)—")]
    private static partial Regex PageNumber();
}
