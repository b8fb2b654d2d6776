using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Forms;

/// <summary>What a form declaration reads: the data, its figures, the layout and the width of the text block.</summary>
internal sealed record FormContext(ReportData Data, ReportFigures Figures, LayoutSettings Layout)
{
    public int TextWidth => PageGeometry.TextWidth(Layout);

    public int Year => Data.Unit.Year;
}
