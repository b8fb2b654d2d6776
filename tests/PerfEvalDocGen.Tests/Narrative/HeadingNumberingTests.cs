using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Narrative;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Narrative;

public class HeadingNumberingTests
{
    [Fact]
    public void Below_the_four_official_levels_headings_are_numbered_with_circled_numbers()
    {
        var numbering = new HeadingNumbering(new HeadingStyles());
        Assert.Equal("一、", numbering.Next(1));
        Assert.Equal("（一）", numbering.Next(2));
        Assert.Equal("1.", numbering.Next(3));
        Assert.Equal("（1）", numbering.Next(4));
        Assert.Equal("①", numbering.Next(5));
        Assert.Equal("②", numbering.Next(5));
        Assert.Equal("（2）", numbering.Next(4));
        Assert.Equal("①", numbering.Next(5));
        Assert.Equal("①", numbering.Next(6));
    }

    [Theory]
    [InlineData(1, "①")]
    [InlineData(20, "⑳")]
    [InlineData(21, "㉑")]
    [InlineData(35, "㉟")]
    [InlineData(36, "㊱")]
    [InlineData(50, "㊿")]
    [InlineData(51, "(51)")]
    public void Circled_numbers_run_to_fifty(int n, string expected) => Assert.Equal(expected, HeadingNumbering.Circled(n));

    [Fact]
    public void No_two_heading_levels_of_an_example_share_a_marker()
    {
        foreach (var example in Directory.GetFiles(RepoPaths.Examples, "*.json"))
        {
            var paragraphs = DocxReader.StyledParagraphs(new ReportGenerator().Generate(ReportLoader.LoadFile(example)).Content);
            var markers = paragraphs.Where(p => p.Style?.StartsWith("Heading", StringComparison.Ordinal) == true && p.Text.Length > 0)
                .GroupBy(p => p.Style!)
                .ToDictionary(g => g.Key, g => g.Select(p => Marker(p.Text)).ToHashSet());
            foreach (var (style, set) in markers)
            {
                foreach (var (other, otherSet) in markers.Where(m => string.CompareOrdinal(m.Key, style) > 0))
                {
                    Assert.False(set.Overlaps(otherSet), $"{Path.GetFileName(example)}: {style} and {other} share {string.Join(" ", set.Intersect(otherSet))}");
                }
            }
        }
    }

    /// <summary>The kind of number a heading starts with: 一、 （一） 1. （1） ①.</summary>
    private static string Marker(string text) => text switch
    {
        _ when text.Length > 0 && text[0] is >= '\u2460' and <= '\u2473' => "①",
        _ when text.StartsWith("（") && text.Length > 1 && char.IsAsciiDigit(text[1]) => "（1）",
        _ when text.StartsWith("（") => "（一）",
        _ when text.Length > 0 && char.IsAsciiDigit(text[0]) => "1.",
        _ => "一、",
    };
}
