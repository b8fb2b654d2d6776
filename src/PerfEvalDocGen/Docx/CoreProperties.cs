using System.Globalization;
using System.Security;

namespace PerfEvalDocGen.Docx;

/// <summary>docProps/core.xml written from the data (title, unit, date), never from the clock.</summary>
internal static class CoreProperties
{
    public static string Xml(string title, string creator, DateTime date)
    {
        var stamp = date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{SecurityElement.Escape(title)}</dc:title><dc:creator>{SecurityElement.Escape(creator)}</dc:creator><cp:lastModifiedBy>{SecurityElement.Escape(creator)}</cp:lastModifiedBy><dc:language>zh-CN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>
            """;
    }
}
