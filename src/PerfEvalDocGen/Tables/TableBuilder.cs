using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Tables;

/// <summary>
/// Declares a table the way it looks: columns, then cells in reading order with their spans, as QuestPDF's table API does;
/// builds an OpenXml table with an explicit grid, merged cells, repeating header rows and explicit fonts.
/// </summary>
public sealed class TableBuilder
{
    private readonly int width;
    private readonly Dictionary<(int Row, int Column), CellBuilder> occupied = [];
    private readonly Dictionary<int, int> rowHeights = [];
    private int[]? columns;
    private CellBuilder? pending;
    private (int Row, int Column) cursor = (1, 1);

    /// <summary>Starts a table <paramref name="widthTwips"/> wide.</summary>
    public TableBuilder(int widthTwips)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthTwips);
        width = widthTwips;
    }

    internal FontSpec TableFont { get; private set; } = FontSpec.Of("仿宋_GB2312", 10.5m);

    internal int HeaderRowCount { get; private set; }

    internal string? StyleId { get; private set; }

    /// <summary>Defines the columns; call once, before any cell.</summary>
    public TableBuilder Columns(Action<ColumnsBuilder> define)
    {
        var builder = new ColumnsBuilder();
        define(builder);
        columns = builder.Resolve(width);
        return this;
    }

    /// <summary>The font of every cell that does not set its own.</summary>
    public TableBuilder Font(FontSpec font)
    {
        TableFont = font;
        return this;
    }

    /// <summary>
    /// Cell paragraphs use the named paragraph style, which must carry the table font; runs then name a font only where
    /// a cell departs from it. Without a style every run names its font in full.
    /// </summary>
    public TableBuilder ParagraphStyle(string styleId)
    {
        StyleId = styleId;
        return this;
    }

    /// <summary>The first <paramref name="count"/> rows repeat at the top of each page.</summary>
    public TableBuilder HeaderRows(int count)
    {
        HeaderRowCount = count;
        return this;
    }

    /// <summary>Row <paramref name="row"/> is at least <paramref name="twips"/> high.</summary>
    public TableBuilder RowHeight(int row, int twips)
    {
        rowHeights[row] = twips;
        return this;
    }

    /// <summary>The next cell in reading order: the first slot not taken by an earlier cell or span.</summary>
    public CellBuilder Cell()
    {
        Commit();
        var columnCount = RequireColumns().Length;
        while (occupied.ContainsKey(cursor))
        {
            cursor = cursor.Column == columnCount ? (cursor.Row + 1, 1) : (cursor.Row, cursor.Column + 1);
        }
        return Start(cursor.Row, cursor.Column);
    }

    /// <summary>A cell at an explicit 1-based position.</summary>
    public CellBuilder Cell(int row, int column)
    {
        Commit();
        if (row < 1 || column < 1 || column > RequireColumns().Length)
        {
            throw new ArgumentOutOfRangeException(nameof(column), $"单元格位置（第{row}行第{column}列）超出表格范围。");
        }
        return Start(row, column);
    }

    /// <summary><paramref name="count"/> blank cells in reading order.</summary>
    public TableBuilder EmptyCells(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Cell();
        }
        return this;
    }

    /// <summary>Builds the table as an OpenXml element; every slot of the grid must be covered by exactly one cell.</summary>
    public Table Build()
    {
        var text = new System.Text.StringBuilder();
        using (var writer = System.Xml.XmlWriter.Create(text, new System.Xml.XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            WriteTo(writer);
        }
        return new Table(text.ToString());
    }

    /// <summary>Writes the table's WordprocessingML (w:tbl) to <paramref name="writer"/>, checking the grid as <see cref="Build"/> does.</summary>
    internal void WriteTo(System.Xml.XmlWriter writer)
    {
        Commit();
        var grid = RequireColumns();
        var rowCount = occupied.Count == 0 ? 0 : occupied.Keys.Max(k => k.Row);
        for (var row = 1; row <= rowCount; row++)
        {
            for (var column = 1; column <= grid.Length; column++)
            {
                if (!occupied.ContainsKey((row, column)))
                {
                    throw new InvalidOperationException($"表格第{row}行第{column}列没有单元格。");
                }
            }
        }
        TableXml.Write(writer, this, grid, rowCount, occupied, rowHeights);
    }

    private CellBuilder Start(int row, int column)
    {
        pending = new CellBuilder(row, column);
        return pending;
    }

    // Spans are set after Cell() returns, so a cell claims its slots when the next one is asked for.
    private void Commit()
    {
        if (pending is not { } cell)
        {
            return;
        }
        pending = null;
        var columnCount = RequireColumns().Length;
        if (cell.Column + cell.Columns - 1 > columnCount)
        {
            throw new InvalidOperationException($"第{cell.Row}行第{cell.Column}列的单元格跨 {cell.Columns} 列，超出表格的 {columnCount} 列。");
        }
        for (var r = cell.Row; r < cell.Row + cell.Rows; r++)
        {
            for (var c = cell.Column; c < cell.Column + cell.Columns; c++)
            {
                if (occupied.TryGetValue((r, c), out var other))
                {
                    throw new InvalidOperationException(
                        $"第{cell.Row}行第{cell.Column}列的单元格与第{other.Row}行第{other.Column}列的单元格在第{r}行第{c}列重叠。");
                }
                occupied[(r, c)] = cell;
            }
        }
    }

    private int[] RequireColumns() => columns ?? throw new InvalidOperationException("请先用 Columns(...) 定义表格的列。");
}
