using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Forms.Description;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms;

/// <summary>What a form reads: the data, its figures, the templates' view of both, the set's labels and the layout.</summary>
internal sealed record FormContext(ReportData Data, ReportFigures Figures, TemplateModel Model, LayoutSettings Layout)
{
    /// <summary>The manifest's labels rendered for the unit (labels.specialFunds: 区级专项资金, 县级专项资金…).</summary>
    public FormLabelValues Labels { get; init; } = new() { SpecialFunds = FormLabels.DefaultSpecialFunds };

    public int TextWidth => PageGeometry.TextWidth(Layout);

    public int TextHeight => PageGeometry.TextHeight(Layout);
}
