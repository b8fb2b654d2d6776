namespace PerfEvalDocGen.Model;

/// <summary>The year's budget and its execution (万元), as reported in the final accounts.</summary>
public sealed class Budget
{
    /// <summary>Budget at the start of the year (年初预算数).</summary>
    public decimal? InitialBudget { get; set; }

    /// <summary>Budget for the whole year after adjustments (全年预算数).</summary>
    public decimal? FullYearBudget { get; set; }

    /// <summary>Amount executed (全年执行数): the unit's total expenditure.</summary>
    public decimal? Executed { get; set; }

    /// <summary>Executed amount split by source of funds (按收入性质分).</summary>
    public FundingSources BySource { get; set; } = new();

    /// <summary>Basic expenditure (基本支出) as reported.</summary>
    public decimal? BasicExpenditure { get; set; }

    /// <summary>Project expenditure (项目支出) as reported.</summary>
    public decimal? ProjectExpenditure { get; set; }
}
