using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms;

/// <summary>附件3 项目支出绩效自评表: one form per first-level project; a unit without any prints the blank form with "/".</summary>
internal sealed class ProjectSelfEvaluationForm : IAttachmentForm
{
    private const string Slash = "/";

    public string Id => "project-self-evaluation";

    public void Write(BodyBuilder body, FormContext context)
    {
        var projects = context.Data.ProjectEvaluations;
        if (projects.Count == 0)
        {
            WriteOne(body, context, null, null, first: true);
        }
        for (var i = 0; i < projects.Count; i++)
        {
            WriteOne(body, context, projects[i], context.Figures.ProjectEvaluations[i], first: i == 0);
        }
        body.KeptParagraph(StyleIds.FormNote, "备注：每个一级项目支出一张表。如，业务工作经费，运行维护经费，其他事业发展类资金…各一张表。", keepNext: true);
        SignatureLine.Write(body, context.Data.Signature);
    }

    private static void WriteOne(BodyBuilder body, FormContext context, ProjectEvaluation? project, ProjectEvaluationFigures? figures, bool first)
    {
        if (!first)
        {
            body.PageBreak();
        }
        body.FormTitle($"{context.Year}年度项目支出绩效自评表");
        // The head and the indicator grid share their column widths, fitted to both tables' labels.
        var columns = new ColumnFit();
        var table = new TableBuilder(context.TextWidth).Columns(FormColumns.Evaluation).FitColumns(columns).Font(context.Layout.TableText).ParagraphStyle(StyleIds.TableText);
        table.Cell().ColumnSpan(2).Text("项目支出名称").Bold();
        table.Cell().ColumnSpan(7).Text(project?.Name ?? Slash);
        table.Cell().ColumnSpan(2).Text("主管部门").Bold();
        table.Cell().ColumnSpan(3).Text(project?.Department);
        table.Cell().ColumnSpan(2).Text("实施单位").Bold();
        table.Cell().ColumnSpan(2).Text(project?.Implementer);

        table.Cell().RowSpan(5).Text("项目\n资金\n(万元)").Bold();
        table.Cell().ColumnSpan(2);
        foreach (var title in new[] { "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分" })
        {
            table.Cell().Text(title);
        }
        FundRow(table, "年度资金总额", project?.Total, isTotal: true, figures);
        FundRow(table, "其中：当年财政拨款", project?.CurrentAppropriation, isTotal: false, figures);
        FundRow(table, "上年结转资金", project?.CarriedOver, isTotal: false, figures);
        FundRow(table, "其他资金", project?.Other, isTotal: false, figures);

        table.Cell().RowSpan(2).Text("年度\n总体\n目标").Bold();
        table.Cell().ColumnSpan(4).Text("预期目标");
        table.Cell().ColumnSpan(4).Text("实际完成情况");
        table.Cell().ColumnSpan(4).Text(project?.Goal.Expected).AlignLeft();
        table.Cell().ColumnSpan(4).Text(project?.Goal.Achieved).AlignLeft();
        body.Table(table);

        body.Spacer();
        var indicators = project?.Indicators ?? BlankIndicators.Rows;
        var groups = figures?.IndicatorGroups ?? BlankIndicators.Groups;
        var grid = new TableBuilder(context.TextWidth).Columns(FormColumns.Evaluation).FitColumns(columns).Font(context.Layout.TableText).ParagraphStyle(StyleIds.TableText).HeaderRows(1);
        grid.Cell().RowSpan(1 + indicators.Count).Text("绩效\n指标").Bold();
        IndicatorGrid.Header(grid, "自评得分");
        IndicatorGrid.Rows(grid, indicators, groups);
        grid.Cell().ColumnSpan(6).Text("总分").Bold();
        grid.Cell().Text("100");
        grid.Cell().Text(figures is null ? Slash : CellText.Score(figures.TotalScore));
        grid.Cell();
        // The last row stays with the note and signature line below, which never stand alone on a page.
        grid.KeepLastRowWithNext();
        body.Table(grid);
    }

    private static void FundRow(TableBuilder table, string label, FundFigures? funds, bool isTotal, ProjectEvaluationFigures? figures)
    {
        table.Cell().ColumnSpan(2).Text(label).AlignLeft();
        var blank = isTotal && funds is null ? Slash : null;
        table.Cell().Text(CellText.Money(funds?.InitialBudget) ?? blank);
        table.Cell().Text(CellText.Money(funds?.FullYearBudget) ?? blank);
        table.Cell().Text(CellText.Money(funds?.Executed) ?? blank);
        table.Cell().Text(isTotal ? CellText.Score(FigureCalculator.ExecutionWeight) : null);
        table.Cell().Text(isTotal ? CellText.Percent(figures?.ExecutionRate) ?? blank : null);
        table.Cell().Text(isTotal ? CellText.Score(figures?.ExecutionScore) ?? blank : null);
    }
}
