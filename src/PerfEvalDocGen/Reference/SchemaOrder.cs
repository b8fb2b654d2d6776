using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalDocGen.Reference;

/// <summary>
/// Puts the children of property elements back in the schema's order. LibreOffice writes a run's w:sz before its
/// w:rFonts, which Word reads but a strict reader (and the schema) refuses; each of these elements holds every kind of
/// child at most once, so reordering changes nothing else.
/// </summary>
internal static class SchemaOrder
{
    public static void Apply(OpenXmlElement root)
    {
        foreach (var element in root.Descendants<OpenXmlCompositeElement>().Where(IsPropertyList).ToList())
        {
            var children = element.ChildElements.ToList();
            element.RemoveAllChildren();
            foreach (var child in children)
            {
                // AddChild places a known child where the schema wants it; anything else keeps its place at the end.
                if (!element.AddChild(child, throwOnError: false))
                {
                    element.AppendChild(child);
                }
            }
        }
    }

    private static bool IsPropertyList(OpenXmlCompositeElement element) => element is RunProperties or ParagraphProperties
        or StyleRunProperties or StyleParagraphProperties or ParagraphMarkRunProperties or RunPropertiesBaseStyle
        or ParagraphPropertiesBaseStyle or TableProperties or TableRowProperties or TableCellProperties
        or StyleTableProperties or StyleTableCellProperties or TableStyleConditionalFormattingTableRowProperties
        or Style or NumberingSymbolRunProperties or PreviousRunProperties or PreviousParagraphProperties;
}
