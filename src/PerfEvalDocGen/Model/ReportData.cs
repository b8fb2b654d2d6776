namespace PerfEvalDocGen.Model;

/// <summary>Everything one unit's self-evaluation package is made of: the root of the data file.</summary>
public sealed class ReportData
{
    /// <summary>The JSON Schema the file declares, for editors; not used by generation.</summary>
    [Newtonsoft.Json.JsonProperty("$schema")]
    public string? Schema { get; set; }

    /// <summary>The name of the template set (outline) the report is rendered with.</summary>
    public string? TemplateSet { get; set; }

    /// <summary>The reporting unit and the year evaluated.</summary>
    public Unit Unit { get; set; } = new();

    /// <summary>The duties of each office, one entry per office, in the order printed.</summary>
    public List<OfficeDuty> Duties { get; set; } = [];

    /// <summary>Organisation and staffing.</summary>
    public Organization Organization { get; set; } = new();

    /// <summary>The year's budget and its execution, as in the final accounts.</summary>
    public Budget Budget { get; set; } = new();

    /// <summary>The basic-expenditure breakdown: personnel and public funds.</summary>
    public BasicExpenditure BasicExpenditure { get; set; } = new();

    /// <summary>Project expenditure by class.</summary>
    public ProjectExpenditure ProjectExpenditure { get; set; } = new();

    /// <summary>The three public expenses (三公经费) by row.</summary>
    public ThreePublicExpenses ThreePublicExpenses { get; set; } = new();

    /// <summary>Government procurement (政府采购金额).</summary>
    public YearFigures Procurement { get; set; } = new();

    /// <summary>Adjustment of the basic expenditure budget (部门基本支出预算调整).</summary>
    public YearFigures BasicBudgetAdjustment { get; set; } = new();

    /// <summary>Buildings completed the year before (楼堂馆所控制情况); empty when none.</summary>
    public List<BuildingProject> Buildings { get; set; } = [];

    /// <summary>Measures taken to economise (厉行节约保障措施).</summary>
    public string? FrugalityMeasures { get; set; }

    /// <summary>The government fund budget (政府性基金预算); its items empty when the unit has none.</summary>
    public OtherBudget GovernmentFundBudget { get; set; } = new();

    /// <summary>The state capital operation budget (国有资本经营预算); its items empty when the unit has none.</summary>
    public OtherBudget StateCapitalBudget { get; set; } = new();

    /// <summary>The social insurance fund budget (社会保险基金预算); its items empty when the unit has none.</summary>
    public OtherBudget SocialInsuranceBudget { get; set; } = new();

    /// <summary>Annual overall goals, expected against achieved.</summary>
    public List<AnnualGoal> Goals { get; set; } = [];

    /// <summary>The unit's performance indicators (绩效指标) in printed order.</summary>
    public List<Indicator> Indicators { get; set; } = [];

    /// <summary>One self-evaluation form per first-level project (项目支出绩效自评表).</summary>
    public List<ProjectEvaluation> ProjectEvaluations { get; set; } = [];

    /// <summary>The report's narrative parts.</summary>
    public Narrative Narrative { get; set; } = new();

    /// <summary>Who filled the forms and when; the report's date.</summary>
    public Signature Signature { get; set; } = new();
}
