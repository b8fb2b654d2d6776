using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Narrative;

namespace PerfEvalDocGen.Docx;

/// <summary>Collects the package's body in order: labels, titles, narrative, tables and section breaks.</summary>
internal sealed class BodyBuilder(LayoutSettings layout)
{
    private readonly List<OpenXmlElement> elements = [];
    private bool atPageStart = true;

    public LayoutSettings Layout => layout;

    /// <summary>附件N at the top left of a new page.</summary>
    public void AttachmentLabel(string label)
    {
        var paragraph = WordText.Paragraph(StyleIds.AttachmentLabel, label);
        if (!atPageStart)
        {
            paragraph.ParagraphProperties!.Append(new PageBreakBefore());
        }
        Add(paragraph);
    }

    public void FormTitle(string text) => Add(WordText.Paragraph(StyleIds.FormTitle, text));

    public void Title(string text) => Add(WordText.Paragraph(StyleIds.Title, text));

    public void Paragraph(string styleId, string text) => Add(WordText.Paragraph(styleId, text));

    /// <summary>A paragraph with its own alignment and indents in characters, for cover and signature lines.</summary>
    public void Line(string text, JustificationValues alignment, int leftChars = 0, int rightChars = 0)
    {
        var charWidth = Twips.FromPoints(layout.Body.Size);
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Plain },
            new Indentation
            {
                LeftChars = leftChars * 100,
                Left = (leftChars * charWidth).ToString(),
                RightChars = rightChars * 100,
                Right = (rightChars * charWidth).ToString(),
            },
            new Justification { Val = alignment }));
        paragraph.Append(WordText.Runs(text, null));
        Add(paragraph);
    }

    public void BlankLines(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Plain })));
        }
    }

    public void Narrative(IEnumerable<NarrativeBlock> blocks)
    {
        foreach (var block in blocks)
        {
            Add(NarrativeParagraph(block));
        }
    }

    public void Element(OpenXmlElement element) => Add(element);

    /// <summary>Starts a new page within the section.</summary>
    public void PageBreak() => Add(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Plain }),
        new Run(new Break { Type = BreakValues.Page })));

    /// <summary>Ends the current section; the next content starts on a new page.</summary>
    public void EndSection(SectionKind kind, PageSetup setup)
    {
        var holder = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Plain },
            new SpacingBetweenLines { Line = "20", LineRule = LineSpacingRuleValues.Exact },
            setup.SectionProperties(kind, last: false)));
        elements.Add(holder);
        atPageStart = true;
    }

    /// <summary>The body, taking the collected elements over (no copy): call once.</summary>
    public Body Build(SectionKind lastKind, PageSetup setup)
    {
        var body = new Body();
        body.Append(elements);
        elements.Clear();
        body.Append(setup.SectionProperties(lastKind, last: true));
        return body;
    }

    private void Add(OpenXmlElement element)
    {
        elements.Add(element);
        atPageStart = false;
    }

    private static Paragraph NarrativeParagraph(NarrativeBlock block)
    {
        var style = block.IsHeading && block.Body.Count == 0 ? StyleIds.Heading(block.Level) : StyleIds.Body;
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (block.IsHeading)
        {
            var headingRun = block.Body.Count == 0 ? null : new RunProperties(new RunStyle { Val = StyleIds.HeadingChar(block.Level) });
            paragraph.Append(WordText.Runs(block.Number, headingRun));
            foreach (var inline in block.Heading)
            {
                paragraph.Append(WordText.Runs(inline.Text, Emphasis(headingRun, inline.Bold)));
            }
        }
        foreach (var inline in block.Body)
        {
            paragraph.Append(WordText.Runs(inline.Text, Emphasis(null, inline.Bold)));
        }
        return paragraph;
    }

    private static RunProperties? Emphasis(RunProperties? baseProperties, bool bold)
    {
        if (!bold)
        {
            return baseProperties;
        }
        var properties = (RunProperties?)baseProperties?.CloneNode(true) ?? new RunProperties();
        properties.Append(new Bold(), new BoldComplexScript());
        return properties;
    }
}
