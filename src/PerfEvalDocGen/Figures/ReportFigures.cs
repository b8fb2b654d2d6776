using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Figures;

/// <summary>Every figure derived from a unit's data; narrative and forms read figures from here and never recompute them.</summary>
public sealed class ReportFigures
{
    /// <summary>The weight of budget execution in the total score (分值, 10).</summary>
    public decimal ExecutionWeight { get; init; }

    /// <summary>预算执行率 in percent: executed ÷ full-year budget.</summary>
    public decimal? ExecutionRate { get; init; }

    /// <summary>执行率得分: weight × min(rate, 100%).</summary>
    public decimal? ExecutionScore { get; init; }

    /// <summary>Indicator groups by first-level name, in first-appearance order, with their weight and score sums.</summary>
    public IReadOnlyList<IndicatorGroupFigures> IndicatorGroups { get; init; } = [];

    /// <summary>The total weight: execution weight plus every indicator weight (normally 100).</summary>
    public decimal TotalWeight { get; init; }

    /// <summary>总分: execution score plus every indicator score.</summary>
    public decimal? TotalScore { get; init; }

    /// <summary>等级 from the total score: 优, 良, 中 or 差.</summary>
    public string? Grade { get; init; }

    /// <summary>Staff in service plus retired (现有人数).</summary>
    public int? StaffTotal { get; init; }

    /// <summary>在职人员控制率 in percent: in service ÷ authorised posts.</summary>
    public decimal? StaffControlRate { get; init; }

    /// <summary>Internal bodies by category, with the count derived from the list.</summary>
    public IReadOnlyList<OrganizationGroupFigures> OrganizationGroups { get; init; } = [];

    /// <summary>The number of internal bodies over all categories.</summary>
    public int OrganizationCount { get; init; }

    /// <summary>
    /// 一般公共预算整体支出: this year's spending less the money of other budgets (government funds, special-account
    /// non-tax revenue), which the report states in their own sections.
    /// </summary>
    public decimal? GeneralPublicBudgetExpenditure { get; init; }

    /// <summary>The unit's name with its region in front, the region not repeated when the name already holds it.</summary>
    public string FullUnitName { get; init; } = "";

    /// <summary>How the narrative names the unit in general: 街道, 本镇, 本乡 or 本单位 (see <see cref="UnitNames.Kind"/>).</summary>
    public string UnitKind { get; init; } = "本单位";

    /// <summary>公用经费 of this year's accounts (the basic-expenditure figure).</summary>
    public decimal? PublicFunds { get; init; }

    /// <summary>基本支出 share of total expenditure, percent.</summary>
    public decimal? BasicShare { get; init; }

    /// <summary>项目支出 share of total expenditure, percent.</summary>
    public decimal? ProjectShare { get; init; }

    /// <summary>人员经费 share of basic expenditure, percent.</summary>
    public decimal? PersonnelShare { get; init; }

    /// <summary>公用经费 share of basic expenditure, percent.</summary>
    public decimal? PublicFundsShare { get; init; }

    /// <summary>三公经费: the sum of its rows, per column.</summary>
    public YearFigures ThreePublicTotal { get; init; } = new();

    /// <summary>公务用车购置和维护经费: purchase plus operation, per column.</summary>
    public YearFigures VehicleTotal { get; init; } = new();

    /// <summary>三公经费变动率 in percent: (this year − last year) ÷ last year, on final accounts.</summary>
    public decimal? ThreePublicChangeRate { get; init; }

    /// <summary>项目支出 summed over its class rows, per column.</summary>
    public YearFigures ProjectClassesTotal { get; init; } = new();

    /// <summary>Project classes with spending this year, each with its share of project expenditure.</summary>
    public IReadOnlyList<ProjectClassFigures> ProjectClasses { get; init; } = [];

    /// <summary>Control rates of the buildings completed the year before.</summary>
    public IReadOnlyList<BuildingFigures> Buildings { get; init; } = [];

    /// <summary>Other staff summed over their kinds (e.g. 临聘人员).</summary>
    public int? OtherStaffTotal { get; init; }

    /// <summary>Everyone: in service, retired and other staff (总人数).</summary>
    public int? HeadcountTotal { get; init; }

    /// <summary>Basic expenditure by economic class, each with its share of basic expenditure.</summary>
    public IReadOnlyList<ShareItem> BasicByEconomicClass { get; init; } = [];

    /// <summary>Project expenditure by economic class, each with its share of project expenditure.</summary>
    public IReadOnlyList<ShareItem> ProjectByEconomicClass { get; init; } = [];

    /// <summary>Project expenditure by function, each with its share of project expenditure.</summary>
    public IReadOnlyList<ShareItem> ProjectByFunction { get; init; } = [];

    /// <summary>Revenue by kind, each with its share of total revenue.</summary>
    public IReadOnlyList<ShareItem> RevenueItems { get; init; } = [];

    /// <summary>本年结余: balance carried in plus revenue less expenditure.</summary>
    public decimal? Balance { get; init; }

    /// <summary>Derived figures of each project self-evaluation form, in data order.</summary>
    public IReadOnlyList<ProjectEvaluationFigures> ProjectEvaluations { get; init; } = [];

    /// <summary>政府性基金预算支出情况表: row rates and the total row.</summary>
    public OtherBudgetFigures GovernmentFundBudget { get; init; } = new([], null, null, null);

    /// <summary>国有资本经营预算支出情况表: row rates and the total row.</summary>
    public OtherBudgetFigures StateCapitalBudget { get; init; } = new([], null, null, null);

    /// <summary>社会保险基金预算支出情况表: row rates and the total row.</summary>
    public OtherBudgetFigures SocialInsuranceBudget { get; init; } = new([], null, null, null);

    /// <summary>区级专项资金: the subtotal of the special funds, per column.</summary>
    public YearFigures SpecialFundsTotal { get; init; } = new();

    /// <summary>上级转移支付: the subtotal of the transfers, per column.</summary>
    public YearFigures TransfersTotal { get; init; } = new();
}
