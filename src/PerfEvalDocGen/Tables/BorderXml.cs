using PerfEvalDocGen.Layout;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tables;

/// <summary>Writes one border edge: a single line of the layout's weight and colour (0.5 pt black by default), or nil.</summary>
internal static class BorderXml
{
    // nil rather than none: Office draws nothing on a shared edge when either side says nil, while none lets the
    // neighbour's line through, so a cell can clear an edge on its own.
    public static void Side(WordWriter w, string name, bool drawn, TableSettings look)
    {
        WordXml.Start(w, name);
        if (drawn)
        {
            WordXml.Attribute(w, "val", "single");
            WordXml.Attribute(w, "sz", EighthPoints(look.BorderWidth));
            WordXml.Attribute(w, "space", "0");
            WordXml.Attribute(w, "color", look.BorderColor);
        }
        else
        {
            WordXml.Attribute(w, "val", "nil");
        }
        WordXml.End(w);
    }

    /// <summary>w:sz counts eighths of a point.</summary>
    private static int EighthPoints(decimal points) => (int)Math.Round(points * 8m, MidpointRounding.AwayFromZero);
}
