using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Tables;

/// <summary>Declares one cell: its span, text, alignment and font; returned by <see cref="TableBuilder.Cell()"/>.</summary>
public sealed class CellBuilder
{
    internal CellBuilder(int row, int column)
    {
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

    internal FontSpec? Font { get; private set; }

    /// <summary>Spans <paramref name="rows"/> rows, merged vertically.</summary>
    public CellBuilder RowSpan(int rows)
    {
        if (rows < 1)
        {
            throw new ArgumentException($"第{Row}行第{Column}列的单元格：行跨度必须至少为 1。", nameof(rows));
        }
        Rows = rows;
        return this;
    }

    /// <summary>Spans <paramref name="columns"/> columns.</summary>
    public CellBuilder ColumnSpan(int columns)
    {
        if (columns < 1)
        {
            throw new ArgumentException($"第{Row}行第{Column}列的单元格：列跨度必须至少为 1。", nameof(columns));
        }
        Columns = columns;
        return this;
    }

    /// <summary>The cell's text; '\n' breaks the line; null or empty leaves the cell blank.</summary>
    public CellBuilder Text(string? text)
    {
        Lines = string.IsNullOrEmpty(text) ? [] : [text];
        return this;
    }

    /// <summary>Several paragraphs in the cell.</summary>
    public CellBuilder Paragraphs(IEnumerable<string> paragraphs)
    {
        Lines = paragraphs.ToList();
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

    /// <summary>Sets the alignment.</summary>
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

    /// <summary>A font other than the table's.</summary>
    public CellBuilder WithFont(FontSpec font)
    {
        Font = font;
        return this;
    }
}
