using PerfEvalDocGen.DataFormat;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>
/// Settles where each declared cell goes, row by row, the way the table builder will: left to right, skipping places
/// taken by cells merged from above. A row whose cells do not fill the table's columns, a span past the right edge,
/// a merge into a taken place or past the last row is reported at the cell or row that causes it, so the table
/// builder never meets a table it would reject.
/// </summary>
internal sealed class RowPlacer(int columns, Action<Position, string, string> report)
{
    // taken[row - 1][column - 1]: whether a cell (or a merge from above) holds the place.
    private readonly List<bool[]> taken = [];
    private int lowestMerged;

    /// <summary>The current row, 1-based (0 before the first).</summary>
    public int Row { get; private set; }

    private bool rowFailed;

    /// <summary>Starts the next row.</summary>
    public void NewRow()
    {
        Row++;
        rowFailed = false;
    }

    /// <summary>Places a cell spanning <paramref name="columnSpan"/> × <paramref name="rowSpan"/> at the next free place of the current row; null when it cannot be placed.</summary>
    public (int Row, int Column)? Place(Position at, int columnSpan, int rowSpan)
    {
        var column = 1;
        while (column <= columns && IsTaken(Row, column))
        {
            column++;
        }
        if (column > columns)
        {
            report(at, "PE325", $"第{Row}行的单元格多于表格的 {columns} 列：这一格已没有位置。");
            rowFailed = true;
            return null;
        }
        if (column + columnSpan - 1 > columns)
        {
            report(at, "PE325", $"第{Row}行第{column}列的单元格跨 {columnSpan} 列，超出表格的 {columns} 列（各格所跨列数之和应等于列数）。");
            rowFailed = true;
            return null;
        }
        for (var r = Row; r < Row + rowSpan; r++)
        {
            for (var c = column; c < column + columnSpan; c++)
            {
                if (IsTaken(r, c))
                {
                    report(at, "PE326", $"第{Row}行第{column}列的单元格（跨 {rowSpan} 行 {columnSpan} 列）与上方合并下来的单元格在第{r}行第{c}列重叠。");
                    rowFailed = true;
                    return null;
                }
            }
        }
        for (var r = Row; r < Row + rowSpan; r++)
        {
            for (var c = column; c < column + columnSpan; c++)
            {
                Take(r, c);
            }
        }
        lowestMerged = Math.Max(lowestMerged, Row + rowSpan - 1);
        return (Row, column);
    }

    /// <summary>The free places of row <paramref name="row"/>.</summary>
    public int FreeIn(int row)
    {
        if (row < 1 || row > taken.Count)
        {
            return columns;
        }
        var free = 0;
        foreach (var place in taken[row - 1])
        {
            free += place ? 0 : 1;
        }
        return free;
    }

    /// <summary>Marks every free place of rows <paramref name="first"/>..<paramref name="last"/> taken (by a built-in block) and moves to the last.</summary>
    public void Fill(int first, int last)
    {
        for (var r = first; r <= last; r++)
        {
            for (var c = 1; c <= columns; c++)
            {
                Take(r, c);
            }
        }
        Row = Math.Max(Row, last);
    }

    /// <summary>Reports the current row when its cells leave places empty.</summary>
    public void EndRow(Position at)
    {
        var free = FreeIn(Row);
        // A row whose cell could not be placed was reported at that cell already.
        if (free > 0 && !rowFailed)
        {
            report(at, "PE325", $"第{Row}行的单元格只占 {columns - free} 列，表格有 {columns} 列（各格所跨列数之和应等于列数，被上方合并的格也算在内）。");
        }
        if (free > 0)
        {
            Fill(Row, Row);
        }
    }

    /// <summary>Reports a table without rows and merges that reach below the last row.</summary>
    public void End(Position at)
    {
        if (Row == 0)
        {
            report(at, "PE325", "表格没有任何一行。");
        }
        else if (lowestMerged > Row)
        {
            report(at, "PE326", $"有单元格向下合并到第{lowestMerged}行，但表格只有 {Row} 行。");
        }
    }

    private bool IsTaken(int row, int column) => row >= 1 && row <= taken.Count && taken[row - 1][column - 1];

    private void Take(int row, int column)
    {
        while (taken.Count < row)
        {
            taken.Add(new bool[columns]);
        }
        taken[row - 1][column - 1] = true;
    }
}
