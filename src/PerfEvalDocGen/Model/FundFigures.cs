namespace PerfEvalDocGen.Model;

/// <summary>Budget and execution of an amount (万元): start-of-year budget, full-year budget, executed.</summary>
public sealed class FundFigures
{
    /// <summary>年初预算数.</summary>
    [Field("年初预算数", "年初预算数（万元）。")]
    public decimal? InitialBudget { get; set; }

    /// <summary>全年预算数.</summary>
    [Field("全年预算数", "全年预算数（万元）。")]
    public decimal? FullYearBudget { get; set; }

    /// <summary>全年执行数.</summary>
    [Field("全年执行数", "全年执行数（万元）。")]
    public decimal? Executed { get; set; }
}
