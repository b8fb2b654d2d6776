using PerfEvalDocGen.Layout;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Docx;

/// <summary>
/// Lays out the report's cover on the line grid: title a third down the page, then 部门(单位)名称：…（盖章） and the date
/// low on the page. The gaps are spacing counted in grid rows and shrink as a long title or unit name takes more lines,
/// so the cover always fits on its one page.
/// </summary>
internal static class CoverPage
{
    /// <summary>Rows above the title: four on a cover of its own, three below an 附件N label.</summary>
    private const int RowsAboveTitle = 4;

    /// <summary>Rows between the title and the unit line on a short cover.</summary>
    private const int RowsBelowTitle = 11;

    /// <summary>Rows kept free at the foot of the page for a line the estimate missed.</summary>
    private const int SpareRows = 1;

    public static void Write(BodyBuilder body, string? label, string title, string unitLine, string date)
    {
        var layout = body.Layout;
        var rows = layout.LinesPerPage - SpareRows;
        var labelRows = label is null ? 0 : 1;
        var titleRows = TextLines.Estimate(title, TitleCapacity(layout));
        var unitRows = TextLines.Estimate(unitLine, layout.CharsPerLine);
        // Fixed content: label, title, unit line, one row, the date.
        var content = labelRows + titleRows + unitRows + 1 + 1;
        var free = Math.Max(0, rows - content);
        var above = Math.Min(RowsAboveTitle - labelRows, free / 3);
        var below = Math.Clamp(free - above, 1, RowsBelowTitle);
        if (label is not null)
        {
            body.AttachmentLabel(label);
        }
        body.Title(title, rowsBefore: above, rowsAfter: 0);
        body.Line(unitLine, "center", rowsBefore: below, keepNext: true);
        body.Line(date, "right", rightChars: 4, rowsBefore: 1);
    }

    /// <summary>Full-width characters a title line holds: the text block's width over the title's size.</summary>
    private static int TitleCapacity(LayoutSettings layout) =>
        Math.Max(1, (int)Math.Floor(PageGeometry.TextWidth(layout) / (layout.Title.Size * 20m)));
}
