namespace PerfEvalDocGen.Tables;

/// <summary>Declares one cell: its span, text, alignment, font and borders; returned by <see cref="TableBuilder.Cell()"/>.</summary>
public sealed class CellBuilder
{
    private readonly CellGrid grid;

    internal CellBuilder(CellGrid grid, int row, int column)
    {
        this.grid = grid;
        Row = row;
        Column = column;
    }

    internal int Row { get; }

    internal int Column { get; }

    internal int Rows { get; private set; } = 1;

    internal int Columns { get; private set; } = 1;

    internal IReadOnlyList<string> Lines { get; private set; } = [];

    internal CellAlignment Alignment { get; private set; } = CellAlignment.Center;

    internal bool IsBold { get; private set; }

    internal string? EastAsiaFont { get; private set; }

    internal string? LatinFont { get; private set; }

    internal decimal? Size { get; private set; }

    internal CellBorders? Edges { get; private set; }

    /// <summary>Whether the cell sets a face or size of its own rather than the table's.</summary>
    internal bool HasOwnFont => EastAsiaFont is not null || LatinFont is not null || Size is not null;

    /// <summary>Spans <paramref name="rows"/> rows, merged vertically.</summary>
    public CellBuilder RowSpan(int rows)
    {
        RequireSpan(rows, nameof(rows));
        grid.Resize(this, rows, Columns, nameof(rows));
        Rows = rows;
        return this;
    }

    /// <summary>Spans <paramref name="columns"/> columns.</summary>
    public CellBuilder ColumnSpan(int columns)
    {
        RequireSpan(columns, nameof(columns));
        grid.Resize(this, Rows, columns, nameof(columns));
        Columns = columns;
        return this;
    }

    /// <summary>The cell's text; '\n' breaks the line; null or empty leaves the cell blank.</summary>
    public CellBuilder Text(string? text)
    {
        Lines = string.IsNullOrEmpty(text) ? [] : [text];
        return this;
    }

    /// <summary>One paragraph per item; null or empty items are blank paragraphs.</summary>
    public CellBuilder Paragraphs(IEnumerable<string?> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        Lines = paragraphs.Select(p => p ?? "").ToList();
        return this;
    }

    /// <summary>Aligns the text left.</summary>
    public CellBuilder AlignLeft() => Align(CellAlignment.Left);

    /// <summary>Aligns the text right.</summary>
    public CellBuilder AlignRight() => Align(CellAlignment.Right);

    /// <summary>Centres the text (the default).</summary>
    public CellBuilder AlignCenter() => Align(CellAlignment.Center);

    /// <summary>Justifies the text.</summary>
    public CellBuilder Justify() => Align(CellAlignment.Justify);

    /// <summary>Sets the horizontal alignment.</summary>
    public CellBuilder Align(CellAlignment alignment)
    {
        Alignment = alignment;
        return this;
    }

    /// <summary>Bold text.</summary>
    public CellBuilder Bold()
    {
        IsBold = true;
        return this;
    }

    /// <summary>Faces other than the table's: <paramref name="eastAsia"/> for Chinese, <paramref name="latin"/> for digits and letters.</summary>
    public CellBuilder Font(string eastAsia, string latin = "Times New Roman")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eastAsia);
        ArgumentException.ThrowIfNullOrWhiteSpace(latin);
        EastAsiaFont = eastAsia;
        LatinFont = latin;
        return this;
    }

    /// <summary>A size in points other than the table's, in steps of 0.5 pt.</summary>
    public CellBuilder FontSize(decimal points)
    {
        Size = FontSizes.Require(points, nameof(points));
        return this;
    }

    /// <summary>Draws a line on exactly the given edges, whatever the table's borders; an edge left off is cleared.</summary>
    public CellBuilder Borders(bool top, bool bottom, bool left, bool right)
    {
        Edges = new CellBorders(top, bottom, left, right);
        return this;
    }

    private void RequireSpan(int span, string parameter)
    {
        if (span < 1)
        {
            throw new ArgumentOutOfRangeException(parameter, span, $"第{Row}行第{Column}列的单元格：跨度必须至少为 1。");
        }
    }
}
