using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Docx;

/// <summary>Derives the line grid and footer position from the layout's page, margins, lines and characters.</summary>
internal static class PageGeometry
{
    public static int TextHeight(LayoutSettings l) => Twips.FromMm(l.PaperHeight - l.MarginTop - l.MarginBottom);

    public static int TextWidth(LayoutSettings l) => Twips.FromMm(l.PaperWidth - l.MarginLeft - l.MarginRight);

    /// <summary>Line pitch in twips, rounded down so the page always holds its lines (225 mm / 22 gives 579).</summary>
    public static int LinePitch(LayoutSettings l) => l.ReferenceLinePitch ?? TextHeight(l) / l.LinesPerPage;

    /// <summary>
    /// Character spacing of body text in twips (1/20 pt), rounded down so a line holds its characters (28 at 三号 gives −5).
    /// A w:docGrid character grid would do the same in Word, but LibreOffice lays a condensed grid out at twice the pitch,
    /// and LibreOffice is how packages become PDFs; condensed spacing reads the same in Word, WPS and LibreOffice.
    /// </summary>
    public static int CharacterSpacing(LayoutSettings l)
    {
        var pitch = (decimal)TextWidth(l) / l.CharsPerLine;
        return (int)Math.Min(0m, Math.Floor(pitch - l.Body.Size * 20m));
    }

    /// <summary>Full-width characters a title line holds: the text block's width over the title's size.</summary>
    public static int TitleCapacity(LayoutSettings l) => Math.Max(1, (int)Math.Floor(TextWidth(l) / (l.Title.Size * 20m)));

    /// <summary>The page number's line height: exact, so the footer's position is known.</summary>
    public static int FooterLine(LayoutSettings l) => Twips.FromPoints(l.PageNumber.Size * 1.25m);

    /// <summary>w:footer: distance from the page's bottom edge to the footer's bottom, so the number's line starts the gap below the text block.</summary>
    public static int FooterDistance(LayoutSettings l) => l.ReferenceFooterDistance ??
        Math.Max(0, Twips.FromMm(l.MarginBottom - l.PageNumberGap) - FooterLine(l));
}
