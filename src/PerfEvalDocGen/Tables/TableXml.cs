using System.Globalization;
using System.Xml;
using PerfEvalDocGen.Docx;

namespace PerfEvalDocGen.Tables;

/// <summary>Writes a declared table as WordprocessingML: w:tblGrid, gridSpan and vMerge, header rows, explicit fonts.</summary>
internal static class TableXml
{
    private const int CellMargin = 57;

    public static void Write(XmlWriter w, TableBuilder table, int[] grid, int rowCount, IReadOnlyDictionary<(int Row, int Column), CellBuilder> occupied, IReadOnlyDictionary<int, int> heights)
    {
        WordXml.Start(w, "tbl");
        WordXml.Start(w, "tblPr");
        Width(w, "tblW", grid.Sum());
        WordXml.Value(w, "jc", "center");
        WordXml.Start(w, "tblBorders");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            WordXml.Start(w, side);
            WordXml.Attribute(w, "val", "single");
            WordXml.Attribute(w, "color", "000000");
            WordXml.Attribute(w, "sz", "4");
            WordXml.Attribute(w, "space", "0");
            WordXml.End(w);
        }
        WordXml.End(w);
        WordXml.Start(w, "tblLayout");
        WordXml.Attribute(w, "type", "fixed");
        WordXml.End(w);
        WordXml.Start(w, "tblCellMar");
        Width(w, "left", CellMargin);
        Width(w, "right", CellMargin);
        WordXml.End(w);
        WordXml.Start(w, "tblLook");
        WordXml.Attribute(w, "val", "0000");
        WordXml.Attribute(w, "firstRow", "0");
        WordXml.Attribute(w, "lastRow", "0");
        WordXml.Attribute(w, "firstColumn", "0");
        WordXml.Attribute(w, "lastColumn", "0");
        WordXml.Attribute(w, "noHBand", "1");
        WordXml.Attribute(w, "noVBand", "1");
        WordXml.End(w);
        WordXml.End(w);

        WordXml.Start(w, "tblGrid");
        foreach (var column in grid)
        {
            WordXml.Start(w, "gridCol");
            WordXml.Attribute(w, "w", Number(column));
            WordXml.End(w);
        }
        WordXml.End(w);

        for (var row = 1; row <= rowCount; row++)
        {
            WordXml.Start(w, "tr");
            WordXml.Start(w, "trPr");
            WordXml.Flag(w, "cantSplit");
            if (row <= table.HeaderRowCount)
            {
                WordXml.Flag(w, "tblHeader");
            }
            if (heights.TryGetValue(row, out var height))
            {
                WordXml.Start(w, "trHeight");
                WordXml.Attribute(w, "val", Number(height));
                WordXml.Attribute(w, "hRule", "atLeast");
                WordXml.End(w);
            }
            WordXml.End(w);
            for (var column = 1; column <= grid.Length;)
            {
                var cell = occupied[(row, column)];
                Cell(w, table, cell, grid.Skip(cell.Column - 1).Take(cell.Columns).Sum(), continuation: cell.Row != row);
                column = cell.Column + cell.Columns;
            }
            WordXml.End(w);
        }
        WordXml.End(w);
    }

    private static void Cell(XmlWriter w, TableBuilder table, CellBuilder cell, int width, bool continuation)
    {
        WordXml.Start(w, "tc");
        WordXml.Start(w, "tcPr");
        Width(w, "tcW", width);
        if (cell.Columns > 1)
        {
            WordXml.Value(w, "gridSpan", Number(cell.Columns));
        }
        if (cell.Rows > 1)
        {
            if (continuation)
            {
                WordXml.Flag(w, "vMerge");
            }
            else
            {
                WordXml.Value(w, "vMerge", "restart");
            }
        }
        WordXml.Value(w, "vAlign", "center");
        WordXml.End(w);
        var lines = continuation || cell.Lines.Count == 0 ? [""] : cell.Lines;
        foreach (var line in lines)
        {
            Paragraph(w, table, cell, line);
        }
        WordXml.End(w);
    }

    private static void Paragraph(XmlWriter w, TableBuilder table, CellBuilder cell, string text)
    {
        var font = cell.Font ?? table.TableFont;
        var bold = cell.IsBold || font.Bold;
        WordXml.Start(w, "p");
        WordXml.Start(w, "pPr");
        if (table.StyleId is { } style)
        {
            WordXml.Value(w, "pStyle", style);
        }
        else
        {
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
        WordXml.Value(w, "jc", Justification(cell.Alignment));
        WordXml.End(w);
        if (text.Length > 0)
        {
            // With a style the table font comes from it and runs say only what differs; without one every run names its font
            // (table text keeps its natural width: spacing 0 undoes the body's condensed line grid).
            Action<XmlWriter>? properties = table.StyleId is null || cell.Font is not null
                ? x => WordXml.FontProperties(x, font, bold, spacing: 0)
                : bold ? WordXml.BoldProperties : null;
            WordXml.Runs(w, text, properties);
        }
        WordXml.End(w);
    }

    private static void Width(XmlWriter w, string name, int twips)
    {
        WordXml.Start(w, name);
        WordXml.Attribute(w, "w", Number(twips));
        WordXml.Attribute(w, "type", "dxa");
        WordXml.End(w);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Justification(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Left => "left",
        CellAlignment.Right => "right",
        CellAlignment.Justify => "both",
        _ => "center",
    };
}
