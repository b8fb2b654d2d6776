using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms;

/// <summary>The table of one of the three other budgets (政府性基金, 国有资本经营, 社会保险基金): items, budget, spending, rate, and their total.</summary>
internal sealed class OtherBudgetForm(string id, string title, Func<ReportData, OtherBudget> budget, Func<ReportFigures, OtherBudgetFigures> derived) : IAttachmentForm
{
    public string Id => id;

    public bool AppliesTo(FormContext context) => budget(context.Data).Items.Count > 0;

    public void Write(BodyBuilder body, FormContext context)
    {
        var items = budget(context.Data).Items;
        body.FormTitle($"{context.Year}年度{title}");
        body.Paragraph(StyleIds.FormNote, "单位：万元");
        var table = new TableBuilder(context.TextWidth)
            .Columns(c => c.Relative(3).Relative(1.4m).Relative(1.4m).Relative(1.2m)).FitColumns()
            .Font(context.Layout.TableText).ParagraphStyle(StyleIds.TableText)
            .HeaderRows(1);
        foreach (var header in new[] { "项目", "预算数", "支出数", "执行率" })
        {
            table.Cell().Text(header).Bold();
        }
        // The total and every rate come from the figure calculator, like every other derived figure.
        var figures = derived(context.Figures);
        for (var i = 0; i < items.Count; i++)
        {
            Row(table, items[i].Name, items[i].Budget, items[i].Actual, figures.ItemRates[i], bold: false);
        }
        Row(table, "合计", figures.TotalBudget, figures.TotalActual, figures.TotalRate, bold: true);
        body.Table(table);
    }

    private static void Row(TableBuilder table, string name, decimal? planned, decimal? spent, decimal? rate, bool bold)
    {
        var first = table.Cell().Text(name).AlignLeft();
        if (bold)
        {
            first.Bold();
        }
        table.Cell().Text(CellText.Money(planned)).AlignRight();
        table.Cell().Text(CellText.Money(spent)).AlignRight();
        table.Cell().Text(CellText.Percent(rate)).AlignRight();
    }
}
