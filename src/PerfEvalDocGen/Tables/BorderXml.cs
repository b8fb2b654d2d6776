using System.Xml;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tables;

/// <summary>Writes one border edge: a 0.5 pt single line, or nil.</summary>
internal static class BorderXml
{
    // nil rather than none: Office draws nothing on a shared edge when either side says nil, while none lets the
    // neighbour's line through, so a cell can clear an edge on its own.
    public static void Side(XmlWriter w, string name, bool drawn)
    {
        WordXml.Start(w, name);
        if (drawn)
        {
            WordXml.Attribute(w, "val", "single");
            WordXml.Attribute(w, "sz", "4");
            WordXml.Attribute(w, "space", "0");
            WordXml.Attribute(w, "color", "000000");
        }
        else
        {
            WordXml.Attribute(w, "val", "nil");
        }
        WordXml.End(w);
    }
}
