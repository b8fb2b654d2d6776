using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms;

/// <summary>What a form declaration reads: the data, its figures, the layout and the width of the text block.</summary>
internal sealed record FormContext(ReportData Data, ReportFigures Figures, LayoutSettings Layout)
{
    /// <summary>The name of the unit's own level of special funds in 附件1 (区级专项资金, 县级专项资金…), from the template set.</summary>
    public string SpecialFundsLabel { get; init; } = FormLabels.DefaultSpecialFunds;

    public int TextWidth => PageGeometry.TextWidth(Layout);

    public int Year => Data.Unit.Year;
}
