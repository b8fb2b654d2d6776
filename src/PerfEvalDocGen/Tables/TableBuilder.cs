using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tables;

/// <summary>
/// Declares a table the way it looks: columns, then cells in reading order with their spans, as QuestPDF's table API does;
/// builds an OpenXml table with an explicit grid, merged cells, repeating header rows and explicit fonts.
/// </summary>
public sealed class TableBuilder
{
    private readonly int width;
    private readonly SortedDictionary<int, int> rowHeights = [];
    private readonly SortedSet<int> keptWithNext = [];
    private CellGrid? grid;
    private ColumnFit? fit;

    /// <summary>Starts a table <paramref name="widthTwips"/> wide.</summary>
    public TableBuilder(int widthTwips)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthTwips);
        width = widthTwips;
    }

    internal FontSpec TableFont { get; private set; } = FontSpec.Of("仿宋_GB2312", 10.5m);

    internal TableBorderStyle BorderStyle { get; private set; } = TableBorderStyle.Single;

    /// <summary>Cell margins and line weight; the package's layout replaces the defaults when the table is added to a body.</summary>
    internal TableSettings Look { get; set; } = new();

    internal int HeaderRowCount { get; private set; }

    internal string? StyleId { get; private set; }

    internal IReadOnlyDictionary<int, int> RowHeights => rowHeights;

    internal IReadOnlySet<int> KeptWithNext => keptWithNext;

    internal bool LastRowKeptWithNext { get; private set; }

    /// <summary>Whether runs state their font because the table's size departs from its paragraph style's.</summary>
    internal bool SizeDepartsFromStyle { get; private set; }

    /// <summary>The widths the columns were declared with.</summary>
    internal IReadOnlyList<int> DeclaredWidths => RequireGrid().Widths;

    /// <summary>The cells declared so far.</summary>
    internal IReadOnlyList<CellBuilder> DeclaredCells => RequireGrid().Cells;

    /// <summary>The widths written: from content when the table is fitted, else as declared.</summary>
    internal IReadOnlyList<int> ColumnWidths => fit?.Widths ?? RequireGrid().Widths;

    /// <summary>Defines the columns; call once, before any cell.</summary>
    public TableBuilder Columns(Action<ColumnsBuilder> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        if (grid is not null)
        {
            throw new InvalidOperationException("表格的列已经定义过；Columns(...) 只能调用一次。");
        }
        var builder = new ColumnsBuilder();
        define(builder);
        grid = new CellGrid(builder.Resolve(width));
        return this;
    }

    /// <summary>
    /// Widens columns from their declared shares until short labels fit on one line, sharing the widths with the
    /// other tables given the same <paramref name="shared"/> fit so their columns line up. Call after Columns(...).
    /// </summary>
    public TableBuilder FitColumns(ColumnFit? shared = null)
    {
        RequireGrid();
        fit = shared ?? new ColumnFit();
        fit.Add(this);
        return this;
    }

    /// <summary>The font of every cell that does not set its own, weight included.</summary>
    public TableBuilder Font(FontSpec font)
    {
        ArgumentNullException.ThrowIfNull(font);
        // A copy, because FontSpec is mutable and the caller's instance is usually the shared layout's.
        TableFont = FontSpec.Of(font.EastAsia, FontSizes.Require(font.Size, nameof(font)), font.Bold, font.Latin);
        return this;
    }

    /// <summary>The faces of every cell that does not set its own: <paramref name="eastAsia"/> for Chinese, <paramref name="latin"/> for digits and letters.</summary>
    public TableBuilder Font(string eastAsia, string latin = "Times New Roman")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eastAsia);
        ArgumentException.ThrowIfNullOrWhiteSpace(latin);
        TableFont = FontSpec.Of(eastAsia, TableFont.Size, TableFont.Bold, latin);
        return this;
    }

    /// <summary>The size in points of every cell that does not set its own, in steps of 0.5 pt (default 10.5, 五号).</summary>
    public TableBuilder FontSize(decimal points)
    {
        TableFont = FontSpec.Of(TableFont.EastAsia, FontSizes.Require(points, nameof(points)), TableFont.Bold, TableFont.Latin);
        return this;
    }

    /// <summary>
    /// Sets the table's text to <paramref name="points"/> after the cells are declared, e.g. to keep a form on one page;
    /// runs then state the size, since the paragraph style carries the layout's size.
    /// </summary>
    public TableBuilder ShrinkTo(decimal points)
    {
        FontSize(points);
        SizeDepartsFromStyle = StyleId is not null;
        return this;
    }

    /// <summary>The lines around and between cells (default <see cref="TableBorderStyle.Single"/>).</summary>
    public TableBuilder Borders(TableBorderStyle style)
    {
        if (!Enum.IsDefined(style))
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "未知的表格边框样式。");
        }
        BorderStyle = style;
        return this;
    }

    /// <summary>
    /// Cell paragraphs use the named paragraph style, which must carry the table font; runs then name a font only where
    /// a cell departs from it. Without a style every run names its font in full.
    /// </summary>
    public TableBuilder ParagraphStyle(string styleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(styleId);
        StyleId = styleId;
        return this;
    }

    /// <summary>The first <paramref name="count"/> rows repeat at the top of each page.</summary>
    public TableBuilder HeaderRows(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        HeaderRowCount = count;
        return this;
    }

    /// <summary>Row <paramref name="row"/> (1-based) is at least <paramref name="twips"/> high.</summary>
    public TableBuilder RowHeight(int row, int twips)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(twips);
        rowHeights[row] = twips;
        return this;
    }

    /// <summary>
    /// Row <paramref name="row"/> (1-based) stays on the page of the row below it, so a group of rows under one merged
    /// label breaks to the next page whole instead of leaving its label behind.
    /// </summary>
    public TableBuilder KeepWithNext(int row)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        keptWithNext.Add(row);
        return this;
    }

    /// <summary>The last row stays on the page of the paragraph after the table (a form's note and signature line).</summary>
    public TableBuilder KeepLastRowWithNext()
    {
        LastRowKeptWithNext = true;
        return this;
    }

    /// <summary>The next cell in reading order: the first slot after the last placed cell not taken by an earlier cell or span.</summary>
    public CellBuilder Cell() => RequireGrid().PlaceNext();

    /// <summary>A cell at an explicit 1-based position; later <see cref="Cell()"/> calls continue after it.</summary>
    public CellBuilder Cell(int row, int column) => RequireGrid().PlaceAt(row, column);

    /// <summary><paramref name="count"/> blank cells in reading order.</summary>
    public TableBuilder EmptyCells(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            Cell();
        }
        return this;
    }

    /// <summary>Builds the table as an OpenXml element; every slot of the grid must be covered by exactly one cell.</summary>
    public Table Build()
    {
        var writer = new WordWriter();
        WriteTo(writer);
        return new Table(writer.ToString());
    }

    /// <summary>Writes the table's WordprocessingML (w:tbl) to <paramref name="writer"/>, checking the grid as <see cref="Build"/> does.</summary>
    internal void WriteTo(WordWriter writer)
    {
        var cells = RequireGrid();
        var rowCount = cells.RequireComplete();
        if (HeaderRowCount > rowCount)
        {
            throw new InvalidOperationException($"表头占 {HeaderRowCount} 行，但表格只有 {rowCount} 行。");
        }
        if (keptWithNext.Count > 0 && keptWithNext.Max >= rowCount)
        {
            throw new InvalidOperationException($"第{keptWithNext.Max}行设为与下一行同页，但表格只有 {rowCount} 行。");
        }
        if (rowHeights.Count > 0 && rowHeights.Keys.Max() > rowCount)
        {
            throw new InvalidOperationException($"为第{rowHeights.Keys.Max()}行设了行高，但表格只有 {rowCount} 行。");
        }
        TableXml.Write(writer, this, cells, rowCount);
    }

    private CellGrid RequireGrid() => grid ?? throw new InvalidOperationException("请先用 Columns(...) 定义表格的列，再添加单元格。");
}
