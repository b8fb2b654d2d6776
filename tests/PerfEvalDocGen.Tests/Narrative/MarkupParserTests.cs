using PerfEvalDocGen.Narrative;

namespace PerfEvalDocGen.Tests.Narrative;

public class MarkupParserTests
{
    [Fact]
    public void Lines_become_headings_run_in_headings_and_paragraphs()
    {
        var lines = MarkupParser.Parse("# 标题\n\n  正文一  \n##+ 小标题：\n正文二\n");
        Assert.Equal(4, lines.Count);
        Assert.Equal((1, false, "标题"), (lines[0].Depth, lines[0].RunIn, lines[0].Inlines.Single().Text));
        Assert.Equal((0, "正文一"), (lines[1].Depth, lines[1].Inlines.Single().Text));
        Assert.Equal((2, true, "小标题："), (lines[2].Depth, lines[2].RunIn, lines[2].Inlines.Single().Text));
    }

    [Fact]
    public void Double_stars_make_bold_runs_and_backslash_escapes()
    {
        var inlines = MarkupParser.ParseInlines(@"一是**重点**工作\#1\*\*");
        Assert.Equal([("一是", false), ("重点", true), ("工作#1**", false)], inlines.Select(i => (i.Text, i.Bold)));
    }
}
