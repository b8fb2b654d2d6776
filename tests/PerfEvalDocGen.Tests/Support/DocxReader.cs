using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>Reads a generated package back: validation errors, paragraphs' text, tables.</summary>
internal static class DocxReader
{
    public static IReadOnlyList<string> ValidationErrors(byte[] package)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(package), false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>The text of every body paragraph outside tables, in order.</summary>
    public static IReadOnlyList<string> BodyParagraphs(byte[] package)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(package), false);
        return document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>The body's tables, cloned so they outlive the document.</summary>
    public static IReadOnlyList<Table> Tables(byte[] package)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(package), false);
        return document.MainDocumentPart!.Document.Body!.Elements<Table>().Select(t => (Table)t.CloneNode(true)).ToList();
    }

    /// <summary>The paragraphs with their style ids.</summary>
    public static IReadOnlyList<(string? Style, string Text)> StyledParagraphs(byte[] package)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(package), false);
        return document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))
            .ToList();
    }

    /// <summary>The text of one row's cells, continuation cells of a vertical merge included as empty.</summary>
    public static IReadOnlyList<string> CellTexts(TableRow row) =>
        row.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList();

    /// <summary>The grid columns a cell spans.</summary>
    public static int Span(TableCell cell) => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;

    /// <summary>How many rows a vertically merged cell starting at (row, cell index) spans.</summary>
    public static int RowSpan(Table table, int rowIndex, int gridColumn)
    {
        var rows = table.Elements<TableRow>().ToList();
        var start = CellAt(rows[rowIndex], gridColumn);
        if (start?.TableCellProperties?.VerticalMerge is not { } merge || merge.Val?.Value != MergedCellValues.Restart)
        {
            return 1;
        }
        var span = 1;
        while (rowIndex + span < rows.Count && CellAt(rows[rowIndex + span], gridColumn) is { TableCellProperties.VerticalMerge: { } next } && next.Val is null)
        {
            span++;
        }
        return span;
    }

    /// <summary>The cell that covers a 0-based grid column in a row.</summary>
    public static TableCell? CellAt(TableRow row, int gridColumn)
    {
        var column = 0;
        foreach (var cell in row.Elements<TableCell>())
        {
            var span = Span(cell);
            if (gridColumn >= column && gridColumn < column + span)
            {
                return cell;
            }
            column += span;
        }
        return null;
    }
}
