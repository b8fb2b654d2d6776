namespace PerfEvalDocGen.Model;

/// <summary>A themed sub-section: a heading and its paragraphs.</summary>
public sealed class Theme
{
    /// <summary>The heading, without its number.</summary>
    public string Title { get; set; } = "";

    /// <summary>The paragraphs under the heading.</summary>
    public List<string> Paragraphs { get; set; } = [];
}
