namespace PerfEvalDocGen.Narrative;

/// <summary>One paragraph of the narrative: a heading, body text, or a heading run into its body text.</summary>
/// <param name="Level">Heading level from 1 (一、) to 4 (（1）); 0 for a body paragraph.</param>
/// <param name="Number">The heading number from the outline, e.g. （二）; empty for body paragraphs.</param>
/// <param name="Heading">The heading's text; empty for body paragraphs.</param>
/// <param name="Body">The body text; empty for a standalone heading.</param>
internal sealed record NarrativeBlock(int Level, string Number, IReadOnlyList<InlineText> Heading, IReadOnlyList<InlineText> Body)
{
    /// <summary>Whether this is a heading (standalone or run-in).</summary>
    public bool IsHeading => Level > 0;

    /// <summary>The paragraph's plain text, number included.</summary>
    public string PlainText => Number + string.Concat(Heading.Select(i => i.Text)) + string.Concat(Body.Select(i => i.Text));

    /// <summary>A body paragraph of plain text.</summary>
    public static NarrativeBlock Paragraph(string text) => new(0, "", [], [new InlineText(text)]);
}
