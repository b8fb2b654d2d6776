namespace PerfEvalDocGen.Model;

/// <summary>Funds received in the year (收入), as some outlines report them.</summary>
public sealed class Revenue
{
    /// <summary>The approved revenue budget (预算批复数).</summary>
    [Field("预算批复数", "财政拨款收入预算批复数（万元）。")]
    public decimal? Approved { get; set; }

    /// <summary>Total received, as reported.</summary>
    [Field("收入合计", "全年收入（实际到位）合计（万元），按报表填写。")]
    public decimal? Total { get; set; }

    /// <summary>Received funds by kind.</summary>
    [Field("收入构成", "收入按类别，如体制收入、专项收入。")]
    public List<AmountItem> Items { get; set; } = [];

    /// <summary>The balance carried in from last year (上年结余).</summary>
    [Field("上年结余", "上年结余（万元）；本年结余由程序计算。")]
    public decimal? CarriedIn { get; set; }
}
