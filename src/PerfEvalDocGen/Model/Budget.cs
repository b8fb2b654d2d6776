namespace PerfEvalDocGen.Model;

/// <summary>The year's budget and its execution (万元), as reported in the final accounts.</summary>
public sealed class Budget
{
    /// <summary>Budget at the start of the year (年初预算数).</summary>
    [Field("年初预算数", "年初预算数（万元）。")]
    public decimal? InitialBudget { get; set; }

    /// <summary>Budget for the whole year after adjustments (全年预算数).</summary>
    [Field("全年预算数", "调整后的全年预算数（万元）。")]
    public decimal? FullYearBudget { get; set; }

    /// <summary>Amount executed (全年执行数): the unit's total expenditure.</summary>
    [Field("全年执行数", "全年执行数，即单位整体支出（万元）。")]
    public decimal? Executed { get; set; }

    /// <summary>The budget for basic expenditure (基本支出预算).</summary>
    [Field("基本支出预算", "基本支出预算数（万元）。")]
    public decimal? BasicBudget { get; set; }

    /// <summary>The budget for project expenditure (项目支出预算).</summary>
    [Field("项目支出预算", "项目支出预算数（万元）。")]
    public decimal? ProjectBudget { get; set; }

    /// <summary>Funds received, for outlines that report them.</summary>
    [Field("收入情况", "全年收入及其构成、上年结余。")]
    public Revenue Revenue { get; set; } = new();

    /// <summary>Executed amount split by source of funds (按收入性质分).</summary>
    [Field("按收入性质分", "全年执行数按资金来源分类（万元）。")]
    public FundingSources BySource { get; set; } = new();

    /// <summary>Basic expenditure (基本支出) as reported.</summary>
    [Field("基本支出", "基本支出决算数（万元）。")]
    public decimal? BasicExpenditure { get; set; }

    /// <summary>Project expenditure (项目支出) as reported.</summary>
    [Field("项目支出", "项目支出决算数（万元）。")]
    public decimal? ProjectExpenditure { get; set; }
}
