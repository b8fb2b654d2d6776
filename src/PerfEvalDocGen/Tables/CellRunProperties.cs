using PerfEvalDocGen.Layout;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tables;

/// <summary>The w:rPr a cell's runs and paragraph marks carry: none, bold only, or the font in full.</summary>
internal readonly struct CellRunProperties
{
    // Set only when runs name their font in full; the paragraph mark then names it too.
    private readonly FontSpec? font;
    private readonly bool boldOnly;

    public CellRunProperties(TableBuilder table, CellBuilder cell)
    {
        var tableFont = table.TableFont;
        var bold = cell.IsBold || tableFont.Bold;
        if (table.StyleId is null || cell.HasOwnFont || table.SizeDepartsFromStyle)
        {
            font = FontSpec.Of(cell.EastAsiaFont ?? tableFont.EastAsia, cell.Size ?? tableFont.Size, bold, cell.LatinFont ?? tableFont.Latin);
        }
        else
        {
            // The style carries faces and size; runs say only what differs.
            boldOnly = bold;
        }
    }

    /// <summary>Whether runs carry a w:rPr at all.</summary>
    public bool HasRun => font is not null || boldOnly;

    /// <summary>Whether the paragraph mark carries a w:rPr.</summary>
    public bool HasMark => font is not null;

    /// <summary>Writes a run's w:rPr (nothing when <see cref="HasRun"/> is false).</summary>
    public void WriteRun(WordWriter w)
    {
        if (font is not null)
        {
            // Character spacing 0 keeps table text at its natural width under a body that condenses it to fit a line grid.
            WordXml.FontProperties(w, font, font.Bold, spacing: 0);
        }
        else if (boldOnly)
        {
            WordXml.BoldProperties(w);
        }
    }

    /// <summary>Writes the paragraph mark's w:rPr (nothing when <see cref="HasMark"/> is false).</summary>
    public void WriteMark(WordWriter w)
    {
        if (font is not null)
        {
            WordXml.FontProperties(w, font, font.Bold, spacing: 0);
        }
    }
}
