using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Docx;

/// <summary>
/// Owns packaging: writes the .docx zip directly, parts in a fixed order with fixed relationship ids and entry times,
/// so the same input always gives the same bytes. Writing the parts straight into the zip (rather than through
/// System.IO.Packaging and a second pass to fix times and ids) also compresses each part once.
/// </summary>
internal static class PackageWriter
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };
    private const string Main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Write(BodyBuilder body, SectionKind lastSection, PageSetup setup, LayoutSettings layout, string title, string creator, DateTime date)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", ContentTypes);
            Text(zip, "_rels/.rels", PackageRelationships);
            Text(zip, "docProps/core.xml", CoreProperties.Xml(title, creator, date));
            Text(zip, "word/_rels/document.xml.rels", DocumentRelationships);
            using (var stream = Entry(zip, "word/document.xml").Open())
            using (var writer = XmlWriter.Create(stream, XmlSettings))
            {
                writer.WriteStartDocument(standalone: true);
                WordXml.Start(writer, "document");
                body.WriteBody(writer, lastSection, setup);
                WordXml.End(writer);
                writer.WriteEndDocument();
            }
            Part(zip, "word/styles.xml", StyleSheet.Build(layout));
            Part(zip, "word/settings.xml", DocumentSettings.Build());
            Part(zip, "word/footer1.xml", FooterFactory.PageNumber(layout, odd: true));
            Part(zip, "word/footer2.xml", FooterFactory.PageNumber(layout, odd: false));
            Part(zip, "word/footer3.xml", FooterFactory.Blank());
        }
        return output.ToArray();
    }

    /// <summary>Relationship ids of the footers, fixed so output is stable.</summary>
    public static class Ids
    {
        public const string OddFooter = "rIdFooterOdd";
        public const string EvenFooter = "rIdFooterEven";
        public const string BlankFooter = "rIdFooterBlank";
    }

    private static ZipArchiveEntry Entry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTime;
        return entry;
    }

    private static void Part(ZipArchive zip, string name, OpenXmlPartRootElement root)
    {
        using var stream = Entry(zip, name).Open();
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(standalone: true);
        root.WriteTo(writer);
        writer.WriteEndDocument();
    }

    private static void Text(ZipArchive zip, string name, string xml)
    {
        using var stream = Entry(zip, name).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static readonly string ContentTypes =
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
        + "</Types>";

    private static readonly string PackageRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + $"<Relationship Id=\"rIdMain\" Type=\"{Relationships}/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rIdCore\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>";

    private static readonly string DocumentRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + $"<Relationship Id=\"rIdStyles\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/>"
        + $"<Relationship Id=\"rIdSettings\" Type=\"{Relationships}/settings\" Target=\"settings.xml\"/>"
        + $"<Relationship Id=\"{Ids.OddFooter}\" Type=\"{Relationships}/footer\" Target=\"footer1.xml\"/>"
        + $"<Relationship Id=\"{Ids.EvenFooter}\" Type=\"{Relationships}/footer\" Target=\"footer2.xml\"/>"
        + $"<Relationship Id=\"{Ids.BlankFooter}\" Type=\"{Relationships}/footer\" Target=\"footer3.xml\"/>"
        + "</Relationships>";
}
