namespace PerfEvalDocGen.Model;

/// <summary>Everything one unit's self-evaluation package is made of: the root of the data file.</summary>
public sealed class ReportData
{
    /// <summary>The JSON Schema the file declares, for editors; not used by generation.</summary>
    [Field("JSON Schema", "编辑器用来提示字段的 Schema 地址，生成时不使用。")]
    [Newtonsoft.Json.JsonProperty("$schema")]
    public string? Schema { get; set; }

    /// <summary>The name of the template set (outline) the report is rendered with.</summary>
    [Field("模板集", "生成报告所用的模板集名称，如 hunan-2023；不填则用默认模板集。")]
    public string? TemplateSet { get; set; }

    /// <summary>The reporting unit and the year evaluated.</summary>
    [Field("单位", "预算单位及评价年度；每个模板集都打印单位名称和年度，必须填写。", Required = true)]
    public Unit Unit { get; set; } = new();

    /// <summary>The duties of each office, one entry per office, in the order printed.</summary>
    [Field("部门职责", "各内设机构的职责，每个机构一项，按报告中的顺序。")]
    public List<OfficeDuty> Duties { get; set; } = [];

    /// <summary>Organisation and staffing.</summary>
    [Field("机构设置及人员", "编制、在职与离退休人数，内设机构分类。")]
    public Organization Organization { get; set; } = new();

    /// <summary>The year's budget and its execution, as in the final accounts.</summary>
    [Field("预算及执行", "年度预算、执行数及其按收入性质、支出性质的分类（决算数，万元）。")]
    public Budget Budget { get; set; } = new();

    /// <summary>The basic-expenditure breakdown: personnel and public funds.</summary>
    [Field("基本支出构成", "人员经费与公用经费。")]
    public BasicExpenditure BasicExpenditure { get; set; } = new();

    /// <summary>Project expenditure by class.</summary>
    [Field("项目支出", "项目支出按类别的决算数。")]
    public ProjectExpenditure ProjectExpenditure { get; set; } = new();

    /// <summary>The three public expenses (三公经费) by row.</summary>
    [Field("三公经费", "三公经费各行；合计由程序计算。")]
    public ThreePublicExpenses ThreePublicExpenses { get; set; } = new();

    /// <summary>Government procurement (政府采购金额).</summary>
    [Field("政府采购金额", "政府采购金额（万元）。")]
    public YearFigures Procurement { get; set; } = new();

    /// <summary>Adjustment of the basic expenditure budget (部门基本支出预算调整).</summary>
    [Field("部门基本支出预算调整", "部门基本支出预算调整（万元），各列可为负数（调减）。", AllowNegative = true)]
    public YearFigures BasicBudgetAdjustment { get; set; } = new();

    /// <summary>Buildings completed the year before (楼堂馆所控制情况); empty when none.</summary>
    [Field("楼堂馆所", "上年完工的楼堂馆所项目；没有时为空数组。")]
    public List<BuildingProject> Buildings { get; set; } = [];

    /// <summary>Measures taken to economise (厉行节约保障措施).</summary>
    [Field("厉行节约保障措施", "厉行节约保障措施的文字说明。")]
    public string? FrugalityMeasures { get; set; }

    /// <summary>The government fund budget (政府性基金预算); its items empty when the unit has none.</summary>
    [Field("政府性基金预算", "政府性基金预算支出；没有时留空，报告写“本单位无政府性基金预算支出”。")]
    public OtherBudget GovernmentFundBudget { get; set; } = new();

    /// <summary>The state capital operation budget (国有资本经营预算); its items empty when the unit has none.</summary>
    [Field("国有资本经营预算", "国有资本经营预算支出；没有时留空。")]
    public OtherBudget StateCapitalBudget { get; set; } = new();

    /// <summary>The social insurance fund budget (社会保险基金预算); its items empty when the unit has none.</summary>
    [Field("社会保险基金预算", "社会保险基金预算支出；没有时留空。")]
    public OtherBudget SocialInsuranceBudget { get; set; } = new();

    /// <summary>Annual overall goals, expected against achieved.</summary>
    [Field("年度总体目标", "年度总体目标，每项含预期目标与实际完成情况。")]
    public List<AnnualGoal> Goals { get; set; } = [];

    /// <summary>The unit's performance indicators (绩效指标) in printed order.</summary>
    [Field("绩效指标", "整体支出绩效指标，按表中顺序逐行填写。")]
    public List<Indicator> Indicators { get; set; } = [];

    /// <summary>One self-evaluation form per first-level project (项目支出绩效自评表).</summary>
    [Field("项目支出绩效自评", "每个一级项目一张项目支出绩效自评表；没有时输出空白表。")]
    public List<ProjectEvaluation> ProjectEvaluations { get; set; } = [];

    /// <summary>The report's narrative parts.</summary>
    [Field("报告正文", "绩效情况、存在的问题、改进措施等文字部分。")]
    public Narrative Narrative { get; set; } = new();

    /// <summary>Who filled the forms and when; the report's date.</summary>
    [Field("填报信息", "填表人、联系电话、单位负责人、填报日期与报告日期。")]
    public Signature Signature { get; set; } = new();
}
