namespace PerfEvalDocGen.Model;

/// <summary>A titled sub-section: a heading, its paragraphs, numbered points and further sub-sections.</summary>
public sealed class Theme
{
    /// <summary>The heading, without its number.</summary>
    [Field("小节标题", "小节标题，不含序号。", Required = true)]
    public string Title { get; set; } = "";

    /// <summary>The paragraphs under the heading.</summary>
    [Field("段落", "小节下的各段文字。")]
    public List<string> Paragraphs { get; set; } = [];

    /// <summary>Numbered points under the heading.</summary>
    [Field("条目", "小节下逐条列出的内容，序号由模板生成。")]
    public List<Point> Points { get; set; } = [];

    /// <summary>Sub-sections one level down.</summary>
    [Field("下级小节", "下一级的小节。")]
    public List<Theme> Themes { get; set; } = [];
}
