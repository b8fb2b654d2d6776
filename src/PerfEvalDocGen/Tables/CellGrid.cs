namespace PerfEvalDocGen.Tables;

/// <summary>
/// Which cell covers each slot of the grid. Cells claim their slots as soon as they are declared or resized, so a
/// conflict is reported at the line that causes it rather than at <see cref="TableBuilder.Build"/>.
/// </summary>
internal sealed class CellGrid(int[] widths)
{
    private readonly int columnCount = widths.Length;

    // slots[row][column - 1]: the cell covering each slot, null where none does yet. Rows by number, so a cell
    // placed far below costs one row, not every row above it.
    private readonly Dictionary<int, CellBuilder?[]> slots = [];

    // Every cell in the order placed; a cell keeps its own slot whatever its span, so none ever leaves the grid.
    private readonly List<CellBuilder> cells = [];

    // As in QuestPDF, automatic placement searches onward from the most recently placed cell, so an explicit
    // position also moves the starting point and a hole behind it is never filled by accident.
    private (int Row, int Column) cursor = (1, 1);

    /// <summary>The grid columns' widths in twips.</summary>
    public IReadOnlyList<int> Widths => widths;

    public CellBuilder At(int row, int column) =>
        Get(row, column) ?? throw new KeyNotFoundException($"表格第{row}行第{column}列没有单元格。");

    /// <summary>Every declared cell once, in the order placed.</summary>
    public IReadOnlyList<CellBuilder> Cells => cells;

    /// <summary>Places a one-slot cell at the first free slot in reading order.</summary>
    public CellBuilder PlaceNext()
    {
        while (Get(cursor.Row, cursor.Column) is not null)
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
        if (Get(row, column) is { } other)
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
        for (var r = cell.Row; r < cell.Row + rows; r++)
        {
            for (var c = cell.Column; c < cell.Column + columns; c++)
            {
                if (Get(r, c) is { } other && other != cell)
                {
                    throw Overlap(cell.Row, cell.Column, other, r, c);
                }
            }
        }
        for (var r = cell.Row; r < cell.Row + cell.Rows; r++)
        {
            for (var c = cell.Column; c < cell.Column + cell.Columns; c++)
            {
                slots[r][c - 1] = null;
            }
        }
        for (var r = cell.Row; r < cell.Row + rows; r++)
        {
            for (var c = cell.Column; c < cell.Column + columns; c++)
            {
                Set(r, c, cell);
            }
        }
    }

    /// <summary>The number of rows, once every slot up to the lowest cell is covered.</summary>
    public int RequireComplete()
    {
        var rowCount = 0;
        foreach (var (row, cellsOfRow) in slots)
        {
            if (row > rowCount && Array.Exists(cellsOfRow, c => c is not null))
            {
                rowCount = row;
            }
        }
        if (rowCount == 0)
        {
            throw new InvalidOperationException("表格没有任何单元格。");
        }
        for (var row = 1; row <= rowCount; row++)
        {
            for (var column = 1; column <= columnCount; column++)
            {
                if (Get(row, column) is null)
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
        Set(row, column, cell);
        cells.Add(cell);
        return cell;
    }

    private CellBuilder? Get(int row, int column) =>
        column >= 1 && column <= columnCount && slots.TryGetValue(row, out var cellsOfRow) ? cellsOfRow[column - 1] : null;

    private void Set(int row, int column, CellBuilder cell)
    {
        if (!slots.TryGetValue(row, out var cellsOfRow))
        {
            slots[row] = cellsOfRow = new CellBuilder?[columnCount];
        }
        cellsOfRow[column - 1] = cell;
    }

    private static InvalidOperationException Overlap(int row, int column, CellBuilder other, int slotRow, int slotColumn) =>
        new($"第{row}行第{column}列的单元格与第{other.Row}行第{other.Column}列的单元格在第{slotRow}行第{slotColumn}列重叠。");
}
