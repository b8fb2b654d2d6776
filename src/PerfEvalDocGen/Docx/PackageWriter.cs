using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Docx;

/// <summary>Owns packaging: parts with fixed relationship ids, styles, settings, footers and properties.</summary>
internal static class PackageWriter
{
    public static byte[] Write(BodyBuilder body, SectionKind lastSection, PageSetup setup, LayoutSettings layout, string title, string creator, DateTime date)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Parts get fixed relationship ids: the SDK's generated ones are random, and output must be byte-stable.
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Build(layout);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocumentSettings.Build();
            main.AddNewPart<FooterPart>(Ids.OddFooter).Footer = FooterFactory.PageNumber(layout, odd: true);
            main.AddNewPart<FooterPart>(Ids.EvenFooter).Footer = FooterFactory.PageNumber(layout, odd: false);
            main.AddNewPart<FooterPart>(Ids.BlankFooter).Footer = FooterFactory.Blank();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body.Build(lastSection, setup));
            var core = document.AddNewPart<CoreFilePropertiesPart>("rIdCore");
            using (var coreStream = core.GetStream(FileMode.Create))
            {
                var bytes = new UTF8Encoding(false).GetBytes(CoreProperties.Xml(title, creator, date));
                coreStream.Write(bytes);
            }
        }
        return DeterministicZip.Normalize(stream.ToArray());
    }

    /// <summary>Relationship ids of the footers, fixed so output is stable.</summary>
    public static class Ids
    {
        public const string OddFooter = "rIdFooterOdd";
        public const string EvenFooter = "rIdFooterEven";
        public const string BlankFooter = "rIdFooterBlank";
    }
}
