using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tests.Docx;

/// <summary>
/// The section properties the body writer writes directly, against the same properties built with the Open XML SDK and
/// serialised by XmlWriter (how they were written before): every kind of section, last or not, for several layouts.
/// </summary>
public sealed class PageSetupTests
{
    public static TheoryData<int, bool, int> Cases()
    {
        var cases = new TheoryData<int, bool, int>();
        foreach (var kind in Enum.GetValues<SectionKind>())
        {
            foreach (var last in new[] { false, true })
            {
                for (var layout = 0; layout < Layouts.Length; layout++)
                {
                    cases.Add((int)kind, last, layout);
                }
            }
        }
        return cases;
    }

    private static readonly Func<LayoutSettings>[] Layouts =
    [
        () => new LayoutSettings(),
        () => new LayoutSettings { PaperWidth = 297m, PaperHeight = 420m, MarginTop = 10m, MarginBottom = 12.5m, MarginLeft = 20.3m, MarginRight = 19.9m, HeaderDistance = 0m, LinesPerPage = 30 },
        () => new LayoutSettings { ReferenceLinePitch = 312, ReferenceFooterDistance = 992 },
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Section_properties_are_the_bytes_the_Open_XML_SDK_wrote(int kindNumber, bool last, int layoutIndex)
    {
        var kind = (SectionKind)kindNumber;
        var layout = Layouts[layoutIndex]();
        var word = new WordWriter();
        word.Start("document");
        new PageSetup(layout, "rIdOdd", "rIdEven", "rIdBlank").Write(word, kind, last);
        word.End();

        var expected = new MemoryStream();
        using (var xml = XmlWriter.Create(expected, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("w", "document", WordWriter.Namespace);
            Built(layout, kind, last).WriteTo(xml);
            xml.WriteEndElement();
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), word.ToString());
    }

    // The section properties as PageSetup built them with the SDK.
    private static SectionProperties Built(LayoutSettings layout, SectionKind kind, bool last)
    {
        var properties = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdOdd" },
            new FooterReference { Type = HeaderFooterValues.Even, Id = "rIdEven" });
        if (kind == SectionKind.Cover)
        {
            properties.Append(new FooterReference { Type = HeaderFooterValues.First, Id = "rIdBlank" });
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
            properties.InsertBefore(new PageNumberType { Start = 1 }, properties.GetFirstChild<Columns>());
        }
        if (kind == SectionKind.Cover)
        {
            properties.Append(new TitlePage());
        }
        properties.Append(new DocGrid { Type = DocGridValues.Lines, LinePitch = PageGeometry.LinePitch(layout) });
        return properties;
    }
}
