using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms;

/// <summary>附件2 预算单位整体支出绩效自评表: budget execution, overall goals, indicator grid and total score.</summary>
internal sealed class OverallSelfEvaluationForm : IAttachmentForm
{
    public string Id => "overall-self-evaluation";

    public void Write(BodyBuilder body, FormContext context)
    {
        var data = context.Data;
        var figures = context.Figures;
        var budget = data.Budget;
        body.FormTitle($"{context.Year}年度预算单位整体支出绩效自评表");

        // The head and the indicator grid share their column widths, fitted to both tables' labels.
        var columns = new ColumnFit();
        var head = new TableBuilder(context.TextWidth).Columns(FormColumns.Evaluation).FitColumns(columns).Font(context.Layout.TableText).ParagraphStyle(StyleIds.TableText);
        head.Cell().ColumnSpan(2).Text("预算单位名称").Bold();
        head.Cell().ColumnSpan(7).Text(data.Unit.Name);

        head.Cell().RowSpan(7).Text("年度\n预算\n申请\n(万元)").Bold();
        head.Cell().ColumnSpan(2);
        foreach (var title in new[] { "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分" })
        {
            head.Cell().Text(title);
        }
        head.Cell().ColumnSpan(2).Text("年度资金总额");
        head.Cell().Text(CellText.Money(budget.InitialBudget));
        head.Cell().Text(CellText.Money(budget.FullYearBudget));
        head.Cell().Text(CellText.Money(budget.Executed));
        head.Cell().Text(CellText.Score(figures.ExecutionWeight));
        head.Cell().Text(CellText.Percent(figures.ExecutionRate));
        head.Cell().Text(CellText.Score(figures.ExecutionScore));

        var sources = budget.BySource;
        SplitRow(head, "按收入性质分：", "按支出性质分：");
        SplitRow(head, $"其中：一般公共预算：{CellText.Money(sources.GeneralPublicBudget)}", $"其中：基本支出：{CellText.Money(budget.BasicExpenditure)}");
        SplitRow(head, $"政府性基金拨款：{CellText.Money(sources.GovernmentFund)}", $"项目支出：{CellText.Money(budget.ProjectExpenditure)}");
        SplitRow(head, $"纳入专户管理的非税收入拨款：{CellText.Money(sources.SpecialAccountNonTax)}", null);
        SplitRow(head, $"其他资金：{CellText.Money(sources.Other)}", null);

        head.Cell().RowSpan(2).Text("年度\n总体\n目标").Bold();
        head.Cell().ColumnSpan(4).Text("预期目标");
        head.Cell().ColumnSpan(4).Text("实际完成情况");
        head.Cell().ColumnSpan(4).Paragraphs(data.Goals.Select((g, i) => $"目标{i + 1}：{g.Expected}")).AlignLeft();
        head.Cell().ColumnSpan(4).Paragraphs(data.Goals.Select((g, i) => $"{i + 1}：{g.Achieved}")).AlignLeft();
        body.Table(head);

        // The indicator grid is its own table so its header row can repeat on each page.
        body.Spacer();
        var grid = new TableBuilder(context.TextWidth).Columns(FormColumns.Evaluation).FitColumns(columns).Font(context.Layout.TableText).ParagraphStyle(StyleIds.TableText).HeaderRows(1);
        grid.Cell().RowSpan(1 + data.Indicators.Count).Text("绩效\n指标").Bold();
        IndicatorGrid.Header(grid);
        IndicatorGrid.Rows(grid, data.Indicators, figures.IndicatorGroups);
        grid.Cell().ColumnSpan(6).Text("总分").Bold();
        grid.Cell().Text(CellText.Score(figures.TotalWeight));
        grid.Cell().Text(CellText.Score(figures.TotalScore));
        grid.Cell().Text(figures.Grade is { } grade ? $"等级：{grade}" : null);
        // The last row stays with the note and signature line below, which never stand alone on a page.
        grid.KeepLastRowWithNext();
        body.Table(grid);
        SignatureLine.Write(body, data.Signature);
    }

    private static void SplitRow(TableBuilder table, string? left, string? right)
    {
        table.Cell().ColumnSpan(4).Text(left).AlignLeft();
        table.Cell().ColumnSpan(4).Text(right).AlignLeft();
    }
}
