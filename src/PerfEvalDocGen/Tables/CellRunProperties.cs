using PerfEvalDocGen.Layout;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tables;

/// <summary>The w:rPr a cell's runs and paragraph marks carry.</summary>
internal sealed class CellRunProperties
{
    public CellRunProperties(TableBuilder table, CellBuilder cell)
    {
        var tableFont = table.TableFont;
        var font = FontSpec.Of(cell.EastAsiaFont ?? tableFont.EastAsia, cell.Size ?? tableFont.Size, cell.IsBold || tableFont.Bold, cell.LatinFont ?? tableFont.Latin);
        if (table.StyleId is null || cell.HasOwnFont || table.SizeDepartsFromStyle)
        {
            // Character spacing 0 keeps table text at its natural width under a body that condenses it to fit a line grid.
            Run = x => WordXml.FontProperties(x, font, font.Bold, spacing: 0);
            Mark = Run;
        }
        else if (font.Bold)
        {
            // The style carries faces and size; runs say only what differs.
            Run = WordXml.BoldProperties;
        }
    }

    public Action<WordWriter>? Run { get; }

    public Action<WordWriter>? Mark { get; }
}
