using PerfEvalDocGen.Layout;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Docx;

/// <summary>Page size, margins, line grid and footer references of each section.</summary>
internal sealed class PageSetup(LayoutSettings layout, string oddFooterId, string evenFooterId, string blankFooterId)
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// Writes the w:sectPr of a section of <paramref name="kind"/>; the document's <paramref name="last"/> section has no
    /// w:type (it ends the document rather than starting a new page). Children in the schema's order.
    /// </summary>
    public void Write(WordWriter w, SectionKind kind, bool last)
    {
        w.Start("sectPr");
        FooterReference(w, "default", oddFooterId);
        FooterReference(w, "even", evenFooterId);
        if (kind == SectionKind.Cover)
        {
            FooterReference(w, "first", blankFooterId);
        }
        if (!last)
        {
            WordXml.Value(w, "type", "nextPage");
        }
        w.Start("pgSz");
        w.Attribute("w", Twips.FromMm(layout.PaperWidth));
        w.Attribute("h", Twips.FromMm(layout.PaperHeight));
        w.End();
        w.Start("pgMar");
        w.Attribute("top", Twips.FromMm(layout.MarginTop));
        w.Attribute("right", Twips.FromMm(layout.MarginRight));
        w.Attribute("bottom", Twips.FromMm(layout.MarginBottom));
        w.Attribute("left", Twips.FromMm(layout.MarginLeft));
        w.Attribute("header", Twips.FromMm(layout.HeaderDistance));
        w.Attribute("footer", PageGeometry.FooterDistance(layout));
        w.Attribute("gutter", 0);
        w.End();
        if (kind == SectionKind.AfterCover)
        {
            // The opening cover is not counted: the first page after it is page 1.
            w.Start("pgNumType");
            w.Attribute("start", 1);
            w.End();
        }
        w.Start("cols");
        w.Attribute("space", "425");
        w.End();
        if (kind == SectionKind.Cover)
        {
            WordXml.Flag(w, "titlePg");
        }
        w.Start("docGrid");
        w.Attribute("type", "lines");
        w.Attribute("linePitch", PageGeometry.LinePitch(layout));
        w.End();
        w.End();
    }

    private static void FooterReference(WordWriter w, string type, string id)
    {
        w.Start("footerReference");
        w.Attribute("type", type);
        w.Attribute("r", "id", Relationships, id);
        w.End();
    }
}
