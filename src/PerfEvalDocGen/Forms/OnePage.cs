using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms;

/// <summary>
/// Keeps a one-page form on its page: when the table's estimated height would spill, its text shrinks half a point
/// at a time, no smaller than 小五 (9 pt), before the form is allowed to run onto a second page.
/// </summary>
internal static class OnePage
{
    private const decimal Smallest = 9m;

    // Rows around the table: the 附件N label, the form's title with its spacing, the note and the signature line.
    private const int LabelRows = 1;
    private const int NoteLines = 3;
    private const int Spare = 300;

    public static void Fit(TableBuilder table, FormContext context)
    {
        var layout = context.Layout;
        table.Look = layout.Tables;
        var titleSpacing = Twips.FromPoints(layout.Tables.TitleSpaceBefore + layout.Tables.TitleSpaceAfter);
        var around = LabelRows * PageGeometry.LinePitch(layout)
            + (int)(layout.FormTitle.Size * 20m * 1.4m) + titleSpacing
            + (int)(NoteLines * layout.TableText.Size * 20m * 1.4m) + Spare;
        var budget = PageGeometry.TextHeight(layout) - around;
        var size = table.TableFont.Size;
        while (size > Smallest && TableHeight.Estimate(table) > budget)
        {
            size -= 0.5m;
            table.ShrinkTo(size);
        }
    }
}
