namespace PerfEvalDocGen.Model;

/// <summary>One row of the cost-control table (万元): last year's accounts, this year's budget and accounts.</summary>
public sealed class YearFigures
{
    /// <summary>Last year's final accounts (上年决算数).</summary>
    [Field("上年决算数", "上年决算数（万元）；未填写留空，与 0 不同。")]
    public decimal? LastYearActual { get; set; }

    /// <summary>This year's budget (本年预算数).</summary>
    [Field("本年预算数", "本年预算数（万元）。")]
    public decimal? CurrentBudget { get; set; }

    /// <summary>This year's final accounts (本年决算数).</summary>
    [Field("本年决算数", "本年决算数（万元）。")]
    public decimal? CurrentActual { get; set; }
}
