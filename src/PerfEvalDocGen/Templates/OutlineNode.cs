namespace PerfEvalDocGen.Templates;

/// <summary>A section of the report's outline: a numbered heading, its template and its sub-sections.</summary>
public sealed class OutlineNode
{
    /// <summary>The heading (a template), without its number.</summary>
    public string Title { get; set; } = "";

    /// <summary>The section template's name under sections/, without .scriban; none for a heading with only sub-sections.</summary>
    public string? Template { get; set; }

    /// <summary>Whether the heading runs into the section's first paragraph instead of standing alone.</summary>
    public bool RunIn { get; set; }

    /// <summary>Whether the section is left out, its number going to the next one, when it renders no text.</summary>
    public bool OmitWhenEmpty { get; set; }

    /// <summary>The sub-sections, numbered one level down.</summary>
    public List<OutlineNode> Children { get; set; } = [];
}
