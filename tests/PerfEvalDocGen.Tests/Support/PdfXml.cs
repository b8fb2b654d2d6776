using System.Xml;
using System.Xml.Linq;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>Parses the XML poppler's tools print, which names a DTD that is not to be fetched.</summary>
internal static class PdfXml
{
    public static XDocument Parse(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        return XDocument.Load(reader);
    }
}
