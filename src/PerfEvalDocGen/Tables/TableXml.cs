using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Docx;

namespace PerfEvalDocGen.Tables;

/// <summary>Writes a declared table as OpenXml: w:tblGrid, gridSpan and vMerge, header rows, explicit fonts.</summary>
internal static class TableXml
{
    private const int CellMargin = 57;

    public static Table Build(TableBuilder table, int[] grid, int rowCount, IReadOnlyDictionary<(int Row, int Column), CellBuilder> occupied, IReadOnlyDictionary<int, int> heights)
    {
        var result = new Table(
            new TableProperties(
                new TableWidth { Width = grid.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(grid.Select(w => new GridColumn { Width = w.ToString() })));
        for (var row = 1; row <= rowCount; row++)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (row <= table.HeaderRowCount)
            {
                rowProperties.Append(new TableHeader());
            }
            if (heights.TryGetValue(row, out var height))
            {
                rowProperties.Append(new TableRowHeight { Val = (uint)height, HeightType = HeightRuleValues.AtLeast });
            }
            var tableRow = new TableRow(rowProperties);
            for (var column = 1; column <= grid.Length;)
            {
                var cell = occupied[(row, column)];
                var cellWidth = grid.Skip(cell.Column - 1).Take(cell.Columns).Sum();
                tableRow.Append(Cell(table, cell, cellWidth, continuation: cell.Row != row));
                column = cell.Column + cell.Columns;
            }
            result.Append(tableRow);
        }
        return result;
    }

    private static TableCell Cell(TableBuilder table, CellBuilder cell, int width, bool continuation)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (cell.Columns > 1)
        {
            properties.Append(new GridSpan { Val = cell.Columns });
        }
        if (cell.Rows > 1)
        {
            properties.Append(continuation ? new VerticalMerge() : new VerticalMerge { Val = MergedCellValues.Restart });
        }
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var result = new TableCell(properties);
        var lines = continuation || cell.Lines.Count == 0 ? [""] : cell.Lines;
        foreach (var line in lines)
        {
            result.Append(Paragraph(table, cell, line));
        }
        return result;
    }

    private static Paragraph Paragraph(TableBuilder table, CellBuilder cell, string text)
    {
        var font = cell.Font ?? table.TableFont;
        if (table.StyleId is { } style)
        {
            var styled = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = style },
                new Justification { Val = Justification(cell.Alignment) }));
            if (text.Length > 0)
            {
                RunProperties? own = cell.Font is not null ? WordText.RunProperties(font, cell.IsBold || font.Bold)
                    : cell.IsBold ? new RunProperties(new Bold(), new BoldComplexScript())
                    : null;
                styled.Append(WordText.Runs(text, own));
            }
            return styled;
        }
        var paragraph = new Paragraph(new ParagraphProperties(
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
            new Indentation { FirstLine = "0", FirstLineChars = 0 },
            new Justification { Val = Justification(cell.Alignment) }));
        if (text.Length > 0)
        {
            var runProperties = WordText.RunProperties(font, cell.IsBold || font.Bold);
            // Table text keeps its natural width; the body's condensed spacing is for the line grid only.
            runProperties.InsertAfter(new Spacing { Val = 0 }, runProperties.GetFirstChild<BoldComplexScript>() ?? (OpenXmlElement)runProperties.GetFirstChild<RunFonts>()!);
            paragraph.Append(WordText.Runs(text, runProperties));
        }
        return paragraph;
    }

    private static JustificationValues Justification(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Left => JustificationValues.Left,
        CellAlignment.Right => JustificationValues.Right,
        CellAlignment.Justify => JustificationValues.Both,
        _ => JustificationValues.Center,
    };

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });
}
