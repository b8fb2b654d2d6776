using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms;

/// <summary>附件1 预算单位整体支出绩效评价基础数据表 (万元).</summary>
internal sealed class BasicDataForm : IAttachmentForm
{
    public string Id => "basic-data";

    public void Write(BodyBuilder body, FormContext context)
    {
        var data = context.Data;
        var figures = context.Figures;
        var year = context.Year;
        body.FormTitle($"{year}年度预算单位整体支出绩效评价基础数据表");

        var table = new TableBuilder(context.TextWidth)
            .Columns(c => c.Relative(3.4m).Relative(1).Relative(1).Relative(1).Relative(1).Relative(1).Relative(1)).FitColumns()
            .Font(context.Layout.TableText).ParagraphStyle(StyleIds.TableText);

        table.Cell().Text("预算单位名称").Bold();
        table.Cell().ColumnSpan(6).Text(data.Unit.Name);

        table.Cell().RowSpan(2).Text("财政供养人员情况(人)").Bold();
        table.Cell().ColumnSpan(2).Text("编制数");
        table.Cell().ColumnSpan(2).Text($"{year}年实际在职人数");
        table.Cell().ColumnSpan(2).Text("控制率");
        table.Cell().ColumnSpan(2).Text(CellText.Count(data.Organization.AuthorizedPosts));
        table.Cell().ColumnSpan(2).Text(CellText.Count(data.Organization.StaffInService));
        table.Cell().ColumnSpan(2).Text(CellText.Percent(figures.StaffControlRate));

        table.Cell().Text("经费控制情况(万元)").Bold();
        table.Cell().ColumnSpan(2).Text($"{year - 1}年决算数");
        table.Cell().ColumnSpan(2).Text($"{year}年预算数");
        table.Cell().ColumnSpan(2).Text($"{year}年决算数");

        var three = data.ThreePublicExpenses;
        var projects = data.ProjectExpenditure;
        var publicFunds = data.BasicExpenditure.PublicFunds;
        Row(table, "三公经费", figures.ThreePublicTotal);
        Row(table, "1、公务用车购置和维护经费", figures.VehicleTotal);
        Row(table, "其中：公车购置", three.VehiclePurchase);
        Row(table, "公车运行维护", three.VehicleOperation);
        Row(table, "2、出国经费", three.Overseas);
        Row(table, "3、公务接待", three.Reception);
        Row(table, "项目支出：", new YearFigures
        {
            LastYearActual = figures.ProjectClassesTotal.LastYearActual,
            CurrentBudget = figures.ProjectClassesTotal.CurrentBudget,
            CurrentActual = data.Budget.ProjectExpenditure,
        });
        Row(table, "1、" + projects.Business.Name, projects.Business.Figures);
        Row(table, "2、" + projects.Operation.Name, projects.Operation.Figures);
        Row(table, "3、" + projects.SpecificPurpose.Name, projects.SpecificPurpose.Figures);
        FundRows(table, $"4、{context.SpecialFundsLabel}(一个专项一行)", projects.SpecialFunds, figures.SpecialFundsTotal);
        FundRows(table, "5、上级转移支付(一个专项一行)", projects.Transfers, figures.TransfersTotal);
        Row(table, "公用经费", publicFunds.Total);
        Row(table, "其中：办公经费", publicFunds.Office);
        Row(table, "水费、电费、差旅费", publicFunds.UtilitiesAndTravel);
        Row(table, "会议费、培训费", publicFunds.MeetingsAndTraining);
        Row(table, "政府采购金额", data.Procurement);
        Row(table, "部门基本支出预算调整", data.BasicBudgetAdjustment);

        var buildings = data.Buildings;
        table.Cell().RowSpan(1 + Math.Max(1, buildings.Count)).Text($"楼堂馆所控制情况\n({year - 1}年完工项目)").Bold();
        foreach (var title in new[] { "批复规模\n(m²)", "实际规模\n(m²)", "规模控制率", "预算投资\n(万元)", "实际投资\n(万元)", "投资概算\n控制率" })
        {
            table.Cell().Text(title);
        }
        if (buildings.Count == 0)
        {
            table.EmptyCells(6);
        }
        for (var i = 0; i < buildings.Count; i++)
        {
            var building = buildings[i];
            table.Cell().Text(CellText.Money(building.ApprovedArea));
            table.Cell().Text(CellText.Money(building.ActualArea));
            table.Cell().Text(CellText.Percent(figures.Buildings[i].AreaControlRate));
            table.Cell().Text(CellText.Money(building.BudgetInvestment));
            table.Cell().Text(CellText.Money(building.ActualInvestment));
            table.Cell().Text(CellText.Percent(figures.Buildings[i].InvestmentControlRate));
        }

        table.Cell().Text("厉行节约保障措施").Bold();
        table.Cell().ColumnSpan(6).Text(data.FrugalityMeasures).Justify();
        // The last row stays with the note and signature line below, which never stand alone on a page.
        table.KeepLastRowWithNext();
        // The form is one page: with many special funds its text shrinks (not below 小五) rather than spill.
        OnePage.Fit(table, context);
        body.Table(table);

        body.KeptParagraph(StyleIds.FormNote, "说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。", keepNext: true);
        SignatureLine.Write(body, data.Signature);
    }

    private static void Row(TableBuilder table, string label, YearFigures figures)
    {
        table.Cell().Text(label).AlignLeft();
        table.Cell().ColumnSpan(2).Text(CellText.Money(figures.LastYearActual));
        table.Cell().ColumnSpan(2).Text(CellText.Money(figures.CurrentBudget));
        table.Cell().ColumnSpan(2).Text(CellText.Money(figures.CurrentActual));
    }

    /// <summary>A class of funds: its heading row carries the subtotal, then one row per fund.</summary>
    private static void FundRows(TableBuilder table, string label, IReadOnlyList<ProjectClass> funds, YearFigures subtotal)
    {
        Row(table, label, subtotal);
        foreach (var fund in funds)
        {
            Row(table, "　　" + fund.Name, fund.Figures);
        }
    }
}
