namespace PerfEvalDocGen.Model;

/// <summary>A part of the narrative: an introduction, paragraphs, numbered points, titled sub-sections and a closing, each optional.</summary>
public sealed class Passage
{
    /// <summary>An opening paragraph.</summary>
    [Field("引言", "本部分开头的一段话。")]
    public string? Intro { get; set; }

    /// <summary>Paragraphs in order.</summary>
    [Field("段落", "各段文字，按顺序。")]
    public List<string> Paragraphs { get; set; } = [];

    /// <summary>Numbered points; the template numbers them.</summary>
    [Field("条目", "逐条列出的内容；“一是、二是”或“1.、2.”等序号由模板生成。")]
    public List<Point> Points { get; set; } = [];

    /// <summary>Titled sub-sections; the outline numbers them.</summary>
    [Field("小节", "带标题的小节；标题序号由大纲生成。")]
    public List<Theme> Themes { get; set; } = [];

    /// <summary>A closing paragraph.</summary>
    [Field("结语", "本部分末尾的一段话。")]
    public string? Closing { get; set; }
}
