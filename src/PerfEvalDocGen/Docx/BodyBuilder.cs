using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Narrative;
using PerfEvalDocGen.Tables;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Docx;

/// <summary>Collects the package's body in order — labels, titles, narrative, tables, section breaks — and streams it as w:body.</summary>
internal sealed class BodyBuilder(LayoutSettings layout)
{
    private readonly List<Action<WordWriter>> parts = [];
    private bool atPageStart = true;

    public LayoutSettings Layout => layout;

    /// <summary>附件N at the top left of a new page.</summary>
    public void AttachmentLabel(string label)
    {
        var newPage = !atPageStart;
        Add(w => Paragraph(w, StyleIds.AttachmentLabel, label, pageBreakBefore: newPage));
    }

    public void FormTitle(string text) => Paragraph(StyleIds.FormTitle, text);

    public void Paragraph(string styleId, string text) => Add(w => Paragraph(w, styleId, text, pageBreakBefore: false));

    /// <summary>A paragraph kept whole on one page and, when <paramref name="keepNext"/>, on the page of the next one.</summary>
    public void KeptParagraph(string styleId, string text, bool keepNext) => Add(w => Paragraph(w, styleId, text, pageBreakBefore: false, keepLines: true, keepNext: keepNext));

    /// <summary>
    /// A paragraph with its own alignment and indents in characters, for cover, sign-off and list lines;
    /// <paramref name="rowsBefore"/> grid rows of space above it (spacing, never empty paragraphs), and kept on the page
    /// of the next paragraph when <paramref name="keepNext"/>.
    /// </summary>
    public void Line(string text, string alignment, int leftChars = 0, int rightChars = 0, int rowsBefore = 0, bool keepNext = false)
    {
        var charWidth = Twips.FromPoints(layout.Body.Size);
        var before = rowsBefore * PageGeometry.LinePitch(layout);
        Add(w =>
        {
            WordXml.Start(w, "p");
            WordXml.Start(w, "pPr");
            WordXml.Value(w, "pStyle", StyleIds.Plain);
            if (keepNext)
            {
                WordXml.Flag(w, "keepNext");
            }
            if (before > 0)
            {
                WordXml.Start(w, "spacing");
                WordXml.Attribute(w, "before", before);
                WordXml.End(w);
            }
            WordXml.Start(w, "ind");
            WordXml.Attribute(w, "left", leftChars * charWidth);
            WordXml.Attribute(w, "leftChars", leftChars * 100);
            WordXml.Attribute(w, "right", rightChars * charWidth);
            WordXml.Attribute(w, "rightChars", rightChars * 100);
            WordXml.End(w);
            WordXml.Value(w, "jc", alignment);
            WordXml.End(w);
            WordXml.Runs(w, text, null);
            WordXml.End(w);
        });
    }

    /// <summary>
    /// A title with <paramref name="rowsBefore"/> grid rows above it and <paramref name="rowsAfter"/> below (the style's
    /// one row when null); a line too long for the text block is broken into even lines at word ends.
    /// </summary>
    public void Title(string text, int rowsBefore, int? rowsAfter = null)
    {
        var pitch = PageGeometry.LinePitch(layout);
        text = TitleBreaks.Apply(text, PageGeometry.TitleCapacity(layout));
        Add(w =>
        {
            WordXml.Start(w, "p");
            WordXml.Start(w, "pPr");
            WordXml.Value(w, "pStyle", StyleIds.Title);
            WordXml.Start(w, "spacing");
            WordXml.Attribute(w, "before", rowsBefore * pitch);
            if (rowsAfter is { } after)
            {
                WordXml.Attribute(w, "after", after * pitch);
            }
            WordXml.End(w);
            WordXml.End(w);
            WordXml.Runs(w, text, null);
            WordXml.End(w);
        });
    }

    /// <summary>A hairline paragraph (1 pt) between two tables, which would otherwise merge into one.</summary>
    public void Spacer() => Add(w => Hairline(w, null));

    /// <summary>The report's paragraphs; the last one is kept on the page of what follows when <paramref name="keepLastWithNext"/> (the sign-off).</summary>
    public void Narrative(IReadOnlyList<NarrativeBlock> blocks, bool keepLastWithNext = false)
    {
        if (blocks.Count == 0)
        {
            return;
        }
        // One part for all of them: a report has some hundred paragraphs.
        Add(w =>
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                NarrativeParagraph(w, blocks[i], keepLastWithNext && i == blocks.Count - 1);
            }
        });
    }

    public void Table(TableBuilder table)
    {
        table.Look = layout.Tables;
        Add(table.WriteTo);
    }

    /// <summary>Starts a new page within the section.</summary>
    public void PageBreak() => Add(w =>
    {
        WordXml.Start(w, "p");
        WordXml.Start(w, "pPr");
        WordXml.Value(w, "pStyle", StyleIds.Plain);
        WordXml.End(w);
        WordXml.Start(w, "r");
        // The kind of break is w:type; a w:val here is not part of the schema and Word may ignore the break.
        WordXml.Start(w, "br");
        WordXml.Attribute(w, "type", "page");
        WordXml.End(w);
        WordXml.End(w);
        WordXml.End(w);
    });

    /// <summary>Ends the current section; the next content starts on a new page.</summary>
    public void EndSection(SectionKind kind, PageSetup setup)
    {
        parts.Add(w => Hairline(w, (setup, kind)));
        atPageStart = true;
    }

    /// <summary>Writes w:body with everything collected and the last section's properties.</summary>
    public void WriteBody(WordWriter w, SectionKind lastKind, PageSetup setup)
    {
        WordXml.Start(w, "body");
        foreach (var part in parts)
        {
            part(w);
        }
        setup.Write(w, lastKind, last: true);
        WordXml.End(w);
    }

    private void Add(Action<WordWriter> part)
    {
        parts.Add(part);
        atPageStart = false;
    }

    private static void Paragraph(WordWriter w, string styleId, string text, bool pageBreakBefore, bool keepLines = false, bool keepNext = false)
    {
        WordXml.Start(w, "p");
        WordXml.Start(w, "pPr");
        WordXml.Value(w, "pStyle", styleId);
        if (keepNext)
        {
            WordXml.Flag(w, "keepNext");
        }
        if (keepLines)
        {
            WordXml.Flag(w, "keepLines");
        }
        if (pageBreakBefore)
        {
            WordXml.Flag(w, "pageBreakBefore");
        }
        WordXml.End(w);
        if (text.Length > 0)
        {
            WordXml.Runs(w, text, null);
        }
        WordXml.End(w);
    }

    private static void Hairline(WordWriter w, (PageSetup Setup, SectionKind Kind)? sectionEnd)
    {
        WordXml.Start(w, "p");
        WordXml.Start(w, "pPr");
        WordXml.Value(w, "pStyle", StyleIds.Plain);
        // Off the line grid, or the hairline would take a whole grid line.
        WordXml.Value(w, "snapToGrid", "0");
        WordXml.Start(w, "spacing");
        WordXml.Attribute(w, "line", "20");
        WordXml.Attribute(w, "lineRule", "exact");
        WordXml.End(w);
        if (sectionEnd is var (setup, kind))
        {
            setup.Write(w, kind, last: false);
        }
        WordXml.End(w);
        WordXml.End(w);
    }

    private static void NarrativeParagraph(WordWriter w, NarrativeBlock block, bool keepNext)
    {
        var runIn = block.IsHeading && block.Body.Count > 0;
        WordXml.Start(w, "p");
        WordXml.Start(w, "pPr");
        WordXml.Value(w, "pStyle", block.IsHeading && !runIn ? StyleIds.Heading(block.Level) : StyleIds.Body);
        if (keepNext)
        {
            WordXml.Flag(w, "keepNext");
        }
        WordXml.End(w);
        if (block.IsHeading)
        {
            var style = runIn ? StyleIds.HeadingChar(block.Level) : null;
            Runs(w, block.Number, style, bold: false);
            foreach (var inline in block.Heading)
            {
                Runs(w, inline.Text, style, inline.Bold);
            }
        }
        foreach (var inline in block.Body)
        {
            Runs(w, inline.Text, null, inline.Bold);
        }
        WordXml.End(w);
    }

    private static void Runs(WordWriter w, string text, string? characterStyle, bool bold)
    {
        if (characterStyle is null && !bold)
        {
            WordXml.Runs(w, text, null);
        }
        else
        {
            WordXml.Runs(w, text, static (x, p) => RunProperties(x, p.Style, p.Bold), (Style: characterStyle, Bold: bold));
        }
    }

    private static void RunProperties(WordWriter w, string? characterStyle, bool bold)
    {
        WordXml.Start(w, "rPr");
        if (characterStyle is not null)
        {
            WordXml.Value(w, "rStyle", characterStyle);
        }
        if (bold)
        {
            WordXml.Flag(w, "b");
            WordXml.Flag(w, "bCs");
        }
        WordXml.End(w);
    }
}
