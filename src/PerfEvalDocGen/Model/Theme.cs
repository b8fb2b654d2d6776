namespace PerfEvalDocGen.Model;

/// <summary>A themed sub-section: a heading and its paragraphs.</summary>
public sealed class Theme
{
    /// <summary>The heading, without its number.</summary>
    [Field("小节标题", "小节标题，不含序号。", Required = true)]
    public string Title { get; set; } = "";

    /// <summary>The paragraphs under the heading.</summary>
    [Field("段落", "小节下的各段文字。")]
    public List<string> Paragraphs { get; set; } = [];
}
