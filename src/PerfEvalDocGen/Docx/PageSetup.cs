using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Docx;

/// <summary>Page size, margins, line grid and footer references of each section.</summary>
internal sealed class PageSetup(LayoutSettings layout, string oddFooterId, string evenFooterId, string blankFooterId)
{
    public SectionProperties SectionProperties(SectionKind kind, bool last)
    {
        var properties = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
            new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId });
        if (kind == SectionKind.Cover)
        {
            properties.Append(new FooterReference { Type = HeaderFooterValues.First, Id = blankFooterId });
        }
        if (!last)
        {
            properties.Append(new SectionType { Val = SectionMarkValues.NextPage });
        }
        properties.Append(
            new PageSize { Width = (uint)Twips.FromMm(layout.PaperWidth), Height = (uint)Twips.FromMm(layout.PaperHeight) },
            new PageMargin
            {
                Top = Twips.FromMm(layout.MarginTop),
                Bottom = Twips.FromMm(layout.MarginBottom),
                Left = (uint)Twips.FromMm(layout.MarginLeft),
                Right = (uint)Twips.FromMm(layout.MarginRight),
                Header = (uint)Twips.FromMm(layout.HeaderDistance),
                Footer = (uint)PageGeometry.FooterDistance(layout),
                Gutter = 0U,
            },
            new Columns { Space = "425" });
        if (kind == SectionKind.AfterCover)
        {
            // The opening cover is not counted: the first page after it is page 1.
            properties.InsertBefore(new PageNumberType { Start = 1 }, properties.GetFirstChild<Columns>());
        }
        if (kind == SectionKind.Cover)
        {
            properties.Append(new TitlePage());
        }
        properties.Append(new DocGrid
        {
            Type = DocGridValues.Lines,
            LinePitch = PageGeometry.LinePitch(layout),
        });
        return properties;
    }
}
