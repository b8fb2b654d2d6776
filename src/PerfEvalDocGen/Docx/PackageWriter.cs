using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using PerfEvalDocGen.Reference;
using PerfEvalDocGen.Packaging;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Docx;

/// <summary>
/// Owns packaging: writes the .docx zip directly, parts in a fixed order with fixed relationship ids and entry times,
/// so the same input always gives the same bytes. Only the body and the core properties are new in each package;
/// every other part is compressed once (per layout) and copied in.
/// </summary>
internal static class PackageWriter
{
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };
    private const string Main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Write(BodyBuilder body, SectionKind lastSection, PageSetup setup, PackageLook look, string title, string creator, DateTime date)
    {
        var document = DocumentWriter ??= new WordWriter(256 * 1024);
        document.Reset();
        document.Declaration();
        document.Start("document");
        body.WriteBody(document, lastSection, setup);
        document.End();
        var fixedParts = FixedParts.GetValue(look, BuildFixedParts);
        var entries = new ZipEntryData[5 + fixedParts.Length];
        entries[0] = ContentTypes;
        entries[1] = PackageRelationships;
        entries[2] = ZipEntryData.Store("docProps/core.xml", Encoding.UTF8.GetBytes(CoreProperties.Xml(title, creator, date)));
        entries[3] = DocumentRelationships;
        entries[4] = ZipEntryData.Deflate("word/document.xml", document.Written);
        fixedParts.CopyTo(entries, 5);
        return ZipWriter.Write(entries);
    }

    /// <summary>Builds the parts that depend only on the look ahead of the first package.</summary>
    public static void Prepare(PackageLook look) => FixedParts.GetValue(look, BuildFixedParts);

    // Reused per thread: a package's body is a few hundred KB, written once and copied into the zip.
    [ThreadStatic]
    private static WordWriter? DocumentWriter;

    // Styles, settings and footers depend only on the look: serialised and compressed once per look, not per package.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PackageLook, ZipEntryData[]> FixedParts = new();

    // A reference document's styles and footers take the place of the built ones (styles by id, the built ones it
    // lacks added), the way a reference document works in pandoc.
    private static ZipEntryData[] BuildFixedParts(PackageLook look)
    {
        var layout = look.Layout;
        var reference = look.Reference;
        var (styles, odd, even, first) = reference?.Merge(StyleSheet.Build(layout)) ?? (StyleSheet.Build(layout), null, null, null);
        return
        [
            ZipEntryData.Deflate("word/styles.xml", Serialize(styles)),
            ZipEntryData.Deflate("word/settings.xml", Serialize(DocumentSettings.Build())),
            ZipEntryData.Deflate("word/footer1.xml", Serialize(odd ?? FooterFactory.PageNumber(layout, odd: true))),
            ZipEntryData.Deflate("word/footer2.xml", Serialize(even ?? FooterFactory.PageNumber(layout, odd: false))),
            ZipEntryData.Deflate("word/footer3.xml", Serialize(first ?? FooterFactory.Blank())),
        ];
    }

    /// <summary>Relationship ids of the footers, fixed so output is stable.</summary>
    public static class Ids
    {
        public const string OddFooter = "rIdFooterOdd";
        public const string EvenFooter = "rIdFooterEven";
        public const string BlankFooter = "rIdFooterBlank";
    }

    private static byte[] Serialize(OpenXmlPartRootElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, XmlSettings))
        {
            writer.WriteStartDocument(standalone: true);
            root.WriteTo(writer);
            writer.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static readonly ZipEntryData ContentTypes = ZipEntryData.Deflate("[Content_Types].xml", Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + $"<Override PartName=\"/word/document.xml\" ContentType=\"{Main}.document.main+xml\"/>"
        + $"<Override PartName=\"/word/styles.xml\" ContentType=\"{Main}.styles+xml\"/>"
        + $"<Override PartName=\"/word/settings.xml\" ContentType=\"{Main}.settings+xml\"/>"
        + $"<Override PartName=\"/word/footer1.xml\" ContentType=\"{Main}.footer+xml\"/>"
        + $"<Override PartName=\"/word/footer2.xml\" ContentType=\"{Main}.footer+xml\"/>"
        + $"<Override PartName=\"/word/footer3.xml\" ContentType=\"{Main}.footer+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>"));

    private static readonly ZipEntryData PackageRelationships = ZipEntryData.Deflate("_rels/.rels", Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + $"<Relationship Id=\"rIdMain\" Type=\"{Relationships}/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rIdCore\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"));

    private static readonly ZipEntryData DocumentRelationships = ZipEntryData.Deflate("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + $"<Relationship Id=\"rIdStyles\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/>"
        + $"<Relationship Id=\"rIdSettings\" Type=\"{Relationships}/settings\" Target=\"settings.xml\"/>"
        + $"<Relationship Id=\"{Ids.OddFooter}\" Type=\"{Relationships}/footer\" Target=\"footer1.xml\"/>"
        + $"<Relationship Id=\"{Ids.EvenFooter}\" Type=\"{Relationships}/footer\" Target=\"footer2.xml\"/>"
        + $"<Relationship Id=\"{Ids.BlankFooter}\" Type=\"{Relationships}/footer\" Target=\"footer3.xml\"/>"
        + "</Relationships>"));
}
