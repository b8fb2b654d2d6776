using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Tests.Figures;

public class FigureCalculatorTests
{
    [Theory]
    [InlineData("4073.53", "4073.53", "100.00", "10")]
    [InlineData("90", "100", "90.00", "9")]
    [InlineData("120", "100", "120.00", "10")]
    [InlineData("33.333", "100", "33.33", "3.33")]
    public void Execution_rate_and_score_follow_from_executed_and_budget(string executed, string budget, string rate, string score)
    {
        var (r, s) = FigureCalculator.Execution(decimal.Parse(executed), decimal.Parse(budget));
        Assert.Equal(decimal.Parse(rate), r);
        Assert.Equal(decimal.Parse(score), s);
    }

    [Fact]
    public void Total_score_adds_execution_score_to_indicator_scores_and_grades_it()
    {
        var data = new ReportData
        {
            Budget = { FullYearBudget = 100m, Executed = 100m },
            Indicators =
            [
                new Indicator { Level1 = "产出指标", Level2 = "数量指标", Level3 = "a", Weight = 50m, Score = 45m },
                new Indicator { Level1 = "效益指标", Level2 = "社会效益", Level3 = "b", Weight = 30m, Score = 25m },
                new Indicator { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Level3 = "c", Weight = 10m, Score = 9m },
            ],
        };
        var figures = FigureCalculator.Compute(data);
        Assert.Equal(100m, figures.TotalWeight);
        Assert.Equal(89m, figures.TotalScore);
        Assert.Equal("良", figures.Grade);
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], figures.IndicatorGroups.Select(g => g.Name));
        Assert.Equal([50m, 30m, 10m], figures.IndicatorGroups.Select(g => g.Weight));
    }

    [Theory]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    public void Grades_follow_the_bands(string score, string grade) => Assert.Equal(grade, Grades.Of(decimal.Parse(score)));

    [Fact]
    public void Three_public_total_is_summed_from_its_rows_and_stays_blank_where_no_row_is_filled()
    {
        var data = new ReportData();
        data.ThreePublicExpenses.Reception = new YearFigures { LastYearActual = 15.83m, CurrentBudget = 3m };
        data.ThreePublicExpenses.VehicleOperation = new YearFigures { LastYearActual = 2m };
        var figures = FigureCalculator.Compute(data);
        Assert.Equal(17.83m, figures.ThreePublicTotal.LastYearActual);
        Assert.Equal(3m, figures.ThreePublicTotal.CurrentBudget);
        Assert.Null(figures.ThreePublicTotal.CurrentActual);
        Assert.Equal(2m, figures.VehicleTotal.LastYearActual);
    }

    [Fact]
    public void Staff_and_organization_figures_are_derived()
    {
        var data = new ReportData
        {
            Organization =
            {
                AuthorizedPosts = 100, StaffInService = 97, Retired = 45,
                Groups = [new OrganizationGroup { Category = "站所", Members = ["a", "b", "c", "d", "e"] }],
            },
        };
        var figures = FigureCalculator.Compute(data);
        Assert.Equal(142, figures.StaffTotal);
        Assert.Equal(97.00m, figures.StaffControlRate);
        Assert.Equal(5, figures.OrganizationGroups.Single().Count);
    }

    [Fact]
    public void Project_class_shares_are_of_reported_project_expenditure()
    {
        var data = new ReportData { Budget = { ProjectExpenditure = 2707.92m } };
        data.ProjectExpenditure.Business.Figures.CurrentActual = 2706.26m;
        data.ProjectExpenditure.Operation.Figures.CurrentActual = 1.66m;
        var figures = FigureCalculator.Compute(data);
        Assert.Equal([99.94m, 0.06m], figures.ProjectClasses.Select(c => c.Share!.Value));
        Assert.Equal(2707.92m, figures.ProjectClassesTotal.CurrentActual);
    }

    [Fact]
    public void Building_control_rates_are_actual_over_approved()
    {
        var data = new ReportData { Buildings = [new BuildingProject { ApprovedArea = 1000m, ActualArea = 950m, BudgetInvestment = 200m, ActualInvestment = 210m }] };
        var building = FigureCalculator.Compute(data).Buildings.Single();
        Assert.Equal(95.00m, building.AreaControlRate);
        Assert.Equal(105.00m, building.InvestmentControlRate);
    }
}
