using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Figures;

/// <summary>Derives every figure of a report from its data, in one place, with one rounding policy.</summary>
public static class FigureCalculator
{
    /// <summary>The weight of budget execution in the total score.</summary>
    public const decimal ExecutionWeight = 10m;

    /// <summary>Computes the figures of <paramref name="data"/>.</summary>
    public static ReportFigures Compute(ReportData data)
    {
        var budget = data.Budget;
        var basic = data.BasicExpenditure;
        var (executionRate, executionScore) = Execution(budget.Executed, budget.FullYearBudget);
        var groups = GroupIndicators(data.Indicators);
        var totalScore = TotalOf(executionScore, data.Indicators, groups);
        var threePublic = Total(EnumerateThreePublic(data.ThreePublicExpenses));
        var projectClasses = EnumerateProjectClasses(data.ProjectExpenditure).ToList();
        var publicFunds = basic.PublicFunds.Total.CurrentActual;
        var otherStaff = data.Organization.OtherStaff.Count == 0 ? (int?)null : data.Organization.OtherStaff.Sum(s => s.Count ?? 0);
        // A category with no offices named has nothing to list (“0个职能办公室（）”), so it is left out.
        var orgGroups = data.Organization.Groups
            .Where(g => g.Members.Count > 0)
            .Select(g => new OrganizationGroupFigures(g.Category, g.Members.Count, g.Members))
            .ToList();

        return new ReportFigures
        {
            ExecutionWeight = ExecutionWeight,
            ExecutionRate = executionRate,
            ExecutionScore = executionScore,
            IndicatorGroups = groups,
            TotalWeight = ExecutionWeight + groups.Sum(g => g.Weight),
            TotalScore = totalScore,
            Grade = totalScore is { } ts ? Grades.Of(ts) : null,
            StaffTotal = data.Organization.StaffInService + data.Organization.Retired,
            StaffControlRate = Rounding.Percent(data.Organization.StaffInService, data.Organization.AuthorizedPosts),
            OrganizationGroups = orgGroups,
            OrganizationCount = orgGroups.Sum(g => g.Count),
            PublicFunds = publicFunds,
            GeneralPublicBudgetExpenditure = budget.Executed is { } executed
                ? Rounding.Round2(executed - (budget.BySource.GovernmentFund ?? 0m) - (budget.BySource.SpecialAccountNonTax ?? 0m))
                : null,
            FullUnitName = UnitNames.WithRegion(data.Unit.Region, data.Unit.Name),
            UnitKind = UnitNames.Kind(data.Unit.Name),
            BasicShare = Rounding.Percent(budget.BasicExpenditure, budget.Executed),
            ProjectShare = Rounding.Percent(budget.ProjectExpenditure, budget.Executed),
            PersonnelShare = Rounding.Percent(basic.Personnel, budget.BasicExpenditure),
            PublicFundsShare = Rounding.Percent(publicFunds, budget.BasicExpenditure),
            ThreePublicTotal = threePublic,
            VehicleTotal = Total([data.ThreePublicExpenses.VehiclePurchase, data.ThreePublicExpenses.VehicleOperation]),
            ThreePublicChangeRate = ChangeRate(threePublic.LastYearActual, threePublic.CurrentActual),
            ProjectClassesTotal = Total(projectClasses.Select(c => c.Figures)),
            SpecialFundsTotal = Total(data.ProjectExpenditure.SpecialFunds.Select(c => c.Figures)),
            TransfersTotal = Total(data.ProjectExpenditure.Transfers.Select(c => c.Figures)),
            ProjectClasses = projectClasses
                .Where(c => c.Figures.CurrentActual is not null)
                .Select(c => new ProjectClassFigures(
                    c.Name,
                    c.Figures.CurrentActual!.Value,
                    Rounding.Percent(c.Figures.CurrentActual, budget.ProjectExpenditure),
                    c.Purpose))
                .ToList(),
            Buildings = data.Buildings
                .Select(b => new BuildingFigures(
                    Rounding.Percent(b.ActualArea, b.ApprovedArea),
                    Rounding.Percent(b.ActualInvestment, b.BudgetInvestment)))
                .ToList(),
            ProjectEvaluations = data.ProjectEvaluations.Select(EvaluateProject).ToList(),
            GovernmentFundBudget = OtherBudgetOf(data.GovernmentFundBudget),
            StateCapitalBudget = OtherBudgetOf(data.StateCapitalBudget),
            SocialInsuranceBudget = OtherBudgetOf(data.SocialInsuranceBudget),
            OtherStaffTotal = otherStaff,
            HeadcountTotal = data.Organization.StaffInService is null && data.Organization.Retired is null && otherStaff is null
                ? null
                : (data.Organization.StaffInService ?? 0) + (data.Organization.Retired ?? 0) + (otherStaff ?? 0),
            BasicByEconomicClass = Shares(basic.ByEconomicClass, budget.BasicExpenditure),
            ProjectByEconomicClass = Shares(data.ProjectExpenditure.ByEconomicClass, budget.ProjectExpenditure),
            ProjectByFunction = Shares(data.ProjectExpenditure.ByFunction, budget.ProjectExpenditure),
            RevenueItems = Shares(budget.Revenue.Items, budget.Revenue.Total),
            Balance = budget.Revenue.CarriedIn is { } carriedIn && budget.Revenue.Total is { } received && budget.Executed is { } spent
                ? Rounding.Round2(carriedIn + received - spent)
                : null,
        };
    }

    /// <summary>执行率 in percent and its score: weight × min(rate, 100%).</summary>
    public static (decimal? Rate, decimal? Score) Execution(decimal? executed, decimal? budget)
    {
        var rate = Rounding.Percent(executed, budget);
        if (executed is not { } e || budget is not { } b || b == 0)
        {
            return (rate, null);
        }
        // The score uses the unrounded ratio so that rounding happens once.
        var score = Rounding.Round2(ExecutionWeight * Math.Min(e / b, 1m));
        return (rate, score);
    }

    /// <summary>Groups indicator rows by their first-level name, in order of first appearance.</summary>
    public static IReadOnlyList<IndicatorGroupFigures> GroupIndicators(IEnumerable<Indicator> indicators) =>
        indicators
            .GroupBy(i => i.Level1)
            .Select(g => new IndicatorGroupFigures(
                g.Key,
                g.Sum(i => i.Weight ?? 0m),
                Rounding.SumAll(g.Select(i => i.Score)),
                g.Count()))
            .ToList();

    /// <summary>What the official formula makes of a quantitative indicator (official-format §3); see <see cref="IndicatorScore.Of"/>.</summary>
    public static IndicatorScore FormulaScore(Indicator indicator) => IndicatorScore.Of(indicator);

    /// <summary>The column-wise sum of cost-control rows; a column stays blank when no row fills it.</summary>
    public static YearFigures Total(IEnumerable<YearFigures> rows)
    {
        var list = rows.ToList();
        return new YearFigures
        {
            LastYearActual = Rounding.Sum(list.Select(r => r.LastYearActual)),
            CurrentBudget = Rounding.Sum(list.Select(r => r.CurrentBudget)),
            CurrentActual = Rounding.Sum(list.Select(r => r.CurrentActual)),
        };
    }

    /// <summary>The three public expense rows in printed order.</summary>
    public static IEnumerable<YearFigures> EnumerateThreePublic(ThreePublicExpenses e) =>
        [e.VehiclePurchase, e.VehicleOperation, e.Overseas, e.Reception];

    /// <summary>The project expenditure rows in printed order: the three classes, special funds, transfers.</summary>
    public static IEnumerable<ProjectClass> EnumerateProjectClasses(ProjectExpenditure p) =>
        new[] { p.Business, p.Operation, p.SpecificPurpose }.Concat(p.SpecialFunds).Concat(p.Transfers);

    private static IReadOnlyList<ShareItem> Shares(IEnumerable<AmountItem> items, decimal? whole) =>
        items.Select(i => new ShareItem(i.Name, i.Amount, Rounding.Percent(i.Amount, whole))).ToList();

    // 总分 = 执行率得分 + Σ 指标得分, and only then: a blank score or an empty grid leaves it blank rather than lower (blank is not zero).
    private static decimal? TotalOf(decimal? executionScore, IReadOnlyCollection<Indicator> indicators, IReadOnlyList<IndicatorGroupFigures> groups) =>
        executionScore is { } es && indicators.Count > 0 && Rounding.SumAll(groups.Select(g => g.Score)) is { } scores
            ? Rounding.Round2(es + scores)
            : null;

    private static OtherBudgetFigures OtherBudgetOf(OtherBudget budget)
    {
        var planned = Rounding.Sum(budget.Items.Select(i => i.Budget));
        var spent = Rounding.Sum(budget.Items.Select(i => i.Actual));
        return new OtherBudgetFigures(budget.Items.Select(i => Rounding.Percent(i.Actual, i.Budget)).ToList(), planned, spent, Rounding.Percent(spent, planned));
    }

    private static decimal? ChangeRate(decimal? previous, decimal? current) =>
        previous is { } p && current is { } c && p != 0 ? Rounding.Round2((c - p) / p * 100m) : null;

    private static ProjectEvaluationFigures EvaluateProject(ProjectEvaluation project)
    {
        var (rate, score) = Execution(project.Total.Executed, project.Total.FullYearBudget);
        var groups = GroupIndicators(project.Indicators);
        return new ProjectEvaluationFigures(rate, score, groups, TotalOf(score, project.Indicators, groups));
    }
}
