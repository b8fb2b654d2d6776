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
    public static void Write(BodyBuilder body, string? label, string title, string unitLine, string date)
    {
        var layout = body.Layout;
        var cover = layout.Cover;
        var rows = layout.LinesPerPage - cover.SpareRows;
        var labelRows = label is null ? 0 : 1;
        // The title as it is set: long lines broken evenly at word ends (the body does the same when it writes it).
        title = TitleBreaks.Apply(title, PageGeometry.TitleCapacity(layout));
        var titleRows = TextLines.Estimate(title, PageGeometry.TitleCapacity(layout));
        unitLine = TitleBreaks.Apply(unitLine, layout.CharsPerLine);
        var unitRows = TextLines.Estimate(unitLine, layout.CharsPerLine);
        // Fixed content: label, title, unit line, the rows before the date, the date.
        var content = labelRows + titleRows + unitRows + cover.DateRowsBefore + 1;
        var free = Math.Max(0, rows - content);
        var above = Math.Min(Math.Max(0, cover.RowsAboveTitle - labelRows), free / 3);
        var below = Math.Clamp(free - above, Math.Min(1, cover.RowsBelowTitle), cover.RowsBelowTitle);
        if (label is not null)
        {
            body.AttachmentLabel(label);
        }
        body.Title(title, rowsBefore: above, rowsAfter: 0);
        body.Line(unitLine, "center", rowsBefore: below, keepNext: true);
        body.Line(date, "right", rightChars: cover.DateRightChars, rowsBefore: cover.DateRowsBefore);
    }
}
