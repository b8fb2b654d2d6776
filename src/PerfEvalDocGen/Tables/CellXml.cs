using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tables;

/// <summary>Writes the part of a cell that falls in one grid row: the whole cell, or one piece of a vertical merge.</summary>
internal static class CellXml
{
    public static void Write(WordWriter w, TableBuilder table, CellBuilder cell, int row, int width, bool keepNext)
    {
        var first = row == cell.Row;
        var last = row == cell.Row + cell.Rows - 1;
        WordXml.Start(w, "tc");
        WordXml.Start(w, "tcPr");
        TableXml.Width(w, "tcW", width);
        if (cell.Columns > 1)
        {
            WordXml.Value(w, "gridSpan", cell.Columns);
        }
        if (cell.Rows > 1)
        {
            if (first)
            {
                WordXml.Value(w, "vMerge", "restart");
            }
            else
            {
                WordXml.Flag(w, "vMerge");
            }
        }
        if (cell.Edges is { } edges)
        {
            // Edges between pieces of a merge are not drawn, so each piece states only the outline it lies on.
            WordXml.Start(w, "tcBorders");
            if (first)
            {
                BorderXml.Side(w, "top", edges.Top, table.Look);
            }
            BorderXml.Side(w, "left", edges.Left, table.Look);
            if (last)
            {
                BorderXml.Side(w, "bottom", edges.Bottom, table.Look);
            }
            BorderXml.Side(w, "right", edges.Right, table.Look);
            WordXml.End(w);
        }
        WordXml.Value(w, "vAlign", "center");
        WordXml.End(w);

        var properties = new CellRunProperties(table, cell);
        if (!first || cell.Lines.Count == 0)
        {
            // A w:tc without a paragraph is invalid, so blank cells and continuation pieces get an empty one.
            Paragraph(w, table.StyleId, cell.Alignment, properties, "", keepNext);
        }
        else
        {
            foreach (var line in cell.Lines)
            {
                Paragraph(w, table.StyleId, cell.Alignment, properties, line, keepNext);
            }
        }
        WordXml.End(w);
    }

    private static void Paragraph(WordWriter w, string? styleId, CellAlignment alignment, CellRunProperties properties, string line, bool keepNext)
    {
        WordXml.Start(w, "p");
        WordXml.Start(w, "pPr");
        w.Raw(ParagraphProperties(styleId, keepNext, alignment));
        // The paragraph mark has a height too: at the document's body size it would make blank cells and last lines taller.
        properties.WriteMark(w);
        WordXml.End(w);
        if (line.Length > 0)
        {
            if (properties.HasRun)
            {
                WordXml.Runs(w, line, static (x, p) => p.WriteRun(x), properties);
            }
            else
            {
                WordXml.Runs(w, line, null);
            }
        }
        WordXml.End(w);
    }

    // The w:pPr content before the mark's run properties depends only on the style, keeping and alignment: written once
    // per combination and copied into each cell paragraph (there are hundreds in a package). Cached by style id, each
    // entry by [alignment * 2 + (keepNext ? 1 : 0)]; a race only builds the same bytes twice.
    private static byte[] ParagraphProperties(string? styleId, bool keepNext, CellAlignment alignment)
    {
        if (alignment is < CellAlignment.Center or > CellAlignment.Justify)
        {
            return Capture(styleId, keepNext, alignment);
        }
        var fragments = LastFragments;
        if (fragments is null || !ReferenceEquals(LastStyleId, styleId))
        {
            fragments = LastFragments = Fragments.GetOrAdd(styleId ?? "", static _ => new byte[]?[8]);
            LastStyleId = styleId;
        }
        return fragments[(int)alignment * 2 + (keepNext ? 1 : 0)] ??= Capture(styleId, keepNext, alignment);
    }

    // Apart, so the closure is made only when a fragment is built, not on every call.
    private static byte[] Capture(string? styleId, bool keepNext, CellAlignment alignment) =>
        WordWriter.Capture(x => WriteParagraphProperties(x, styleId, keepNext, alignment));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]?[]> Fragments = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static string? LastStyleId;

    [ThreadStatic]
    private static byte[]?[]? LastFragments;

    private static void WriteParagraphProperties(WordWriter w, string? styleId, bool keepNext, CellAlignment alignment)
    {
        if (styleId is not null)
        {
            WordXml.Value(w, "pStyle", styleId);
        }
        if (keepNext)
        {
            // Word and LibreOffice keep a table row with the next when its paragraphs are kept with the next.
            WordXml.Flag(w, "keepNext");
        }
        else
        {
            // Undo what a body style would otherwise bring into the table: the line grid (which stretches rows),
            // 1.5 or fixed line spacing, paragraph spacing and the first-line indent of running text.
            WordXml.Value(w, "snapToGrid", "0");
            WordXml.Start(w, "spacing");
            WordXml.Attribute(w, "before", "0");
            WordXml.Attribute(w, "after", "0");
            WordXml.Attribute(w, "line", "240");
            WordXml.Attribute(w, "lineRule", "auto");
            WordXml.End(w);
            WordXml.Start(w, "ind");
            WordXml.Attribute(w, "firstLine", "0");
            WordXml.Attribute(w, "firstLineChars", "0");
            WordXml.End(w);
        }
        WordXml.Value(w, "jc", Justification(alignment));
    }

    private static string Justification(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Left => "left",
        CellAlignment.Right => "right",
        CellAlignment.Justify => "both",
        _ => "center",
    };
}
