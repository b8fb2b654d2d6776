using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Docx;

/// <summary>Derives the line grid and footer position from the layout's page, margins, lines and characters.</summary>
internal static class PageGeometry
{
    public static int TextHeight(LayoutSettings l) => Twips.FromMm(l.PaperHeight - l.MarginTop - l.MarginBottom);

    public static int TextWidth(LayoutSettings l) => Twips.FromMm(l.PaperWidth - l.MarginLeft - l.MarginRight);

    /// <summary>Line pitch in twips, rounded down so the page always holds its lines (225 mm / 22 gives 579).</summary>
    public static int LinePitch(LayoutSettings l) => TextHeight(l) / l.LinesPerPage;

    /// <summary>w:charSpace: the character pitch's difference from the body size, in 1/4096 pt.</summary>
    public static int CharSpace(LayoutSettings l)
    {
        var pitchPoints = TextWidth(l) / 20m / l.CharsPerLine;
        return (int)Math.Round((pitchPoints - l.Body.Size) * 4096m, MidpointRounding.AwayFromZero);
    }

    /// <summary>The page number's line height: exact, so the footer's position is known.</summary>
    public static int FooterLine(LayoutSettings l) => Twips.FromPoints(l.PageNumber.Size * 1.25m);

    /// <summary>w:footer: distance from the page's bottom edge to the footer's bottom, so the number's line starts the gap below the text block.</summary>
    public static int FooterDistance(LayoutSettings l) =>
        Math.Max(0, Twips.FromMm(l.MarginBottom - l.PageNumberGap) - FooterLine(l));
}
