using PerfEvalDocGen.Layout;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tables;

/// <summary>Writes a declared table as WordprocessingML: table properties, w:tblGrid and one w:tr per grid row.</summary>
internal static class TableXml
{
    // Schema order within w:tblBorders.
    private static readonly string[] TableEdges = ["top", "left", "bottom", "right", "insideH", "insideV"];

    public static void Write(WordWriter w, TableBuilder table, CellGrid cells, int rowCount)
    {
        WordXml.Start(w, "tbl");
        var widths = table.ColumnWidths;
        Properties(w, table, widths.Sum());
        Grid(w, widths);
        for (var row = 1; row <= rowCount; row++)
        {
            Row(w, table, cells, widths, row, table.KeptWithNext.Contains(row) || (table.LastRowKeptWithNext && row == rowCount));
        }
        WordXml.End(w);
    }

    private static void Properties(WordWriter w, TableBuilder table, int width)
    {
        WordXml.Start(w, "tblPr");
        Width(w, "tblW", width);
        WordXml.Value(w, "jc", "center");
        WordXml.Start(w, "tblBorders");
        foreach (var edge in TableEdges)
        {
            BorderXml.Side(w, edge, table.BorderStyle == TableBorderStyle.Single, table.Look);
        }
        WordXml.End(w);
        // Fixed layout keeps the declared grid; autofit would let Word resize columns to their content.
        WordXml.Start(w, "tblLayout");
        WordXml.Attribute(w, "type", "fixed");
        WordXml.End(w);
        WordXml.Start(w, "tblCellMar");
        // Text kept off the lines (1 mm by default, about Word's own).
        var margin = CellMargin(table.Look);
        Width(w, "left", margin);
        Width(w, "right", margin);
        WordXml.End(w);
        // No conditional formatting: a form's first row or column looks like any other unless a cell says so.
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
    }

    private static void Grid(WordWriter w, IReadOnlyList<int> widths)
    {
        WordXml.Start(w, "tblGrid");
        foreach (var column in widths)
        {
            WordXml.Start(w, "gridCol");
            WordXml.Attribute(w, "w", column);
            WordXml.End(w);
        }
        WordXml.End(w);
    }

    private static void Row(WordWriter w, TableBuilder table, CellGrid cells, IReadOnlyList<int> widths, int row, bool keepNext)
    {
        WordXml.Start(w, "tr");
        WordXml.Start(w, "trPr");
        // A form row split over two pages reads as two half-filled rows.
        WordXml.Flag(w, "cantSplit");
        if (row <= table.HeaderRowCount)
        {
            WordXml.Flag(w, "tblHeader");
        }
        if (table.RowHeights.TryGetValue(row, out var height))
        {
            WordXml.Start(w, "trHeight");
            WordXml.Attribute(w, "val", height);
            WordXml.Attribute(w, "hRule", "atLeast");
            WordXml.End(w);
        }
        WordXml.End(w);
        for (var column = 1; column <= widths.Count;)
        {
            var cell = cells.At(row, column);
            var width = 0;
            for (var i = cell.Column - 1; i < cell.Column - 1 + cell.Columns; i++)
            {
                width += widths[i];
            }
            CellXml.Write(w, table, cell, row, width, keepNext);
            column = cell.Column + cell.Columns;
        }
        WordXml.End(w);
    }

    internal static void Width(WordWriter w, string name, int twips)
    {
        WordXml.Start(w, name);
        WordXml.Attribute(w, "w", twips);
        WordXml.Attribute(w, "type", "dxa");
        WordXml.End(w);
    }

    /// <summary>The left and right cell margin in twips.</summary>
    internal static int CellMargin(TableSettings look) => Twips.FromMm(look.CellMargin);
}
