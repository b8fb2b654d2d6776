namespace PerfEvalDocGen.Tables;

/// <summary>
/// Which cell covers each slot of the grid. Cells claim their slots as soon as they are declared or resized, so a
/// conflict is reported at the line that causes it rather than at <see cref="TableBuilder.Build"/>.
/// </summary>
internal sealed class CellGrid(int[] widths)
{
    private readonly int columnCount = widths.Length;

    private readonly Dictionary<(int Row, int Column), CellBuilder> slots = [];

    // As in QuestPDF, automatic placement searches onward from the most recently placed cell, so an explicit
    // position also moves the starting point and a hole behind it is never filled by accident.
    private (int Row, int Column) cursor = (1, 1);

    /// <summary>The grid columns' widths in twips.</summary>
    public IReadOnlyList<int> Widths => widths;

    public CellBuilder At(int row, int column) => slots[(row, column)];

    /// <summary>Every declared cell once.</summary>
    public IEnumerable<CellBuilder> Cells => slots.Values.Distinct();

    /// <summary>Places a one-slot cell at the first free slot in reading order.</summary>
    public CellBuilder PlaceNext()
    {
        while (slots.ContainsKey(cursor))
        {
            cursor = cursor.Column == columnCount ? (cursor.Row + 1, 1) : (cursor.Row, cursor.Column + 1);
        }
        return Place(cursor.Row, cursor.Column);
    }

    /// <summary>Places a one-slot cell at an explicit 1-based position.</summary>
    public CellBuilder PlaceAt(int row, int column)
    {
        if (row < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"第{row}行第{column}列：行号从 1 开始。");
        }
        if (column < 1 || column > columnCount)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, $"第{row}行第{column}列：列号必须在 1 到 {columnCount} 之间。");
        }
        if (slots.TryGetValue((row, column), out var other))
        {
            throw Overlap(row, column, other, row, column);
        }
        cursor = (row, column);
        return Place(row, column);
    }

    /// <summary>Gives <paramref name="cell"/> a new extent, checked against the column count and every other cell first.</summary>
    public void Resize(CellBuilder cell, int rows, int columns, string parameter)
    {
        if (cell.Column + columns - 1 > columnCount)
        {
            throw new ArgumentOutOfRangeException(parameter, columns,
                $"第{cell.Row}行第{cell.Column}列的单元格跨 {columns} 列，超出表格的 {columnCount} 列。");
        }
        foreach (var slot in Extent(cell.Row, cell.Column, rows, columns))
        {
            if (slots.TryGetValue(slot, out var other) && other != cell)
            {
                throw Overlap(cell.Row, cell.Column, other, slot.Row, slot.Column);
            }
        }
        foreach (var slot in Extent(cell.Row, cell.Column, cell.Rows, cell.Columns))
        {
            slots.Remove(slot);
        }
        foreach (var slot in Extent(cell.Row, cell.Column, rows, columns))
        {
            slots[slot] = cell;
        }
    }

    /// <summary>The number of rows, once every slot up to the lowest cell is covered.</summary>
    public int RequireComplete()
    {
        if (slots.Count == 0)
        {
            throw new InvalidOperationException("表格没有任何单元格。");
        }
        var rowCount = slots.Keys.Max(k => k.Row);
        for (var row = 1; row <= rowCount; row++)
        {
            for (var column = 1; column <= columnCount; column++)
            {
                if (!slots.ContainsKey((row, column)))
                {
                    throw new InvalidOperationException($"表格第{row}行第{column}列没有单元格：每个位置都要由一个单元格或合并覆盖。");
                }
            }
        }
        return rowCount;
    }

    private CellBuilder Place(int row, int column)
    {
        var cell = new CellBuilder(this, row, column);
        slots[(row, column)] = cell;
        return cell;
    }

    private static IEnumerable<(int Row, int Column)> Extent(int row, int column, int rows, int columns)
    {
        for (var r = row; r < row + rows; r++)
        {
            for (var c = column; c < column + columns; c++)
            {
                yield return (r, c);
            }
        }
    }

    private static InvalidOperationException Overlap(int row, int column, CellBuilder other, int slotRow, int slotColumn) =>
        new($"第{row}行第{column}列的单元格与第{other.Row}行第{other.Column}列的单元格在第{slotRow}行第{slotColumn}列重叠。");
}
