using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tables;

/// <summary>
/// Estimates a table's height from its text, widths and size, on the generous side (CJK fonts set a line at about
/// 1.4 times their size), so a form that must stay on one page can shrink before it spills.
/// </summary>
internal static class TableHeight
{
    private const decimal LineFactor = 1.4m;

    // Borders and the paragraph's own spacing per row.
    private const int RowExtra = 30;

    /// <summary>The height in twips.</summary>
    public static int Estimate(TableBuilder table)
    {
        var widths = table.ColumnWidths;
        var rows = new Dictionary<int, int>();
        // The cell margins, left and right.
        var margins = 2 * TableXml.CellMargin(table.Look);
        foreach (var cell in table.DeclaredCells)
        {
            var size = cell.Size ?? table.TableFont.Size;
            var width = -margins;
            for (var i = cell.Column - 1; i < cell.Column - 1 + cell.Columns; i++)
            {
                width += widths[i];
            }
            var capacity = Math.Max(1, (int)Math.Floor(width / (size * 20m)));
            var lines = cell.Lines.Count == 0 ? 1 : 0;
            foreach (var line in cell.Lines)
            {
                lines += TextLines.Estimate(line, capacity);
            }
            var height = (int)Math.Ceiling(lines * size * 20m * LineFactor) + RowExtra;
            // A merged cell's height is shared by its rows.
            var share = (int)Math.Ceiling((decimal)height / cell.Rows);
            for (var row = cell.Row; row < cell.Row + cell.Rows; row++)
            {
                rows[row] = Math.Max(rows.GetValueOrDefault(row), share);
            }
        }
        return rows.Values.Sum();
    }
}
