using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalDocGen.Tests.Tables;

/// <summary>Reads a built table back as the physical w:tc of each row, so tests can state the shape they expect.</summary>
internal static class TableShape
{
    /// <summary>
    /// One entry per w:tc: its text ('\n' for a w:br, '¶' between paragraphs), then " ×N" for a gridSpan,
    /// " ↓" for a vMerge restart and "│" alone for a continuation piece.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(Table table) =>
        table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(Describe).ToList()).ToList();

    public static IReadOnlyList<int> Grid(Table table) =>
        table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToList();

    public static int Width(TableCell cell) => int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!);

    public static TableCell Cell(Table table, int rowIndex, int cellIndex) =>
        table.Elements<TableRow>().ElementAt(rowIndex).Elements<TableCell>().ElementAt(cellIndex);

    private static string Describe(TableCell cell)
    {
        var properties = cell.TableCellProperties!;
        var merge = properties.VerticalMerge;
        if (merge is not null && merge.Val is null)
        {
            return "│";
        }
        var text = string.Join("¶", cell.Elements<Paragraph>().Select(ParagraphText));
        var span = properties.GridSpan?.Val?.Value is int n ? $" ×{n}" : "";
        var restart = merge is not null ? " ↓" : "";
        return text + span + restart;
    }

    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Elements<Run>().SelectMany(r => r.ChildElements).Select(e => e switch
        {
            Break => "\n",
            Text t => t.Text,
            _ => "",
        }));
}
