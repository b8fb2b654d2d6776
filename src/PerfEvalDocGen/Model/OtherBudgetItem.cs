namespace PerfEvalDocGen.Model;

/// <summary>One row of an other-budget table (万元).</summary>
public sealed class OtherBudgetItem
{
    /// <summary>The item's name.</summary>
    [Field("项目", "支出项目名称。", Required = true)]
    public string Name { get; set; } = "";

    /// <summary>The budgeted amount.</summary>
    [Field("预算数", "预算数（万元）。")]
    public decimal? Budget { get; set; }

    /// <summary>The amount spent.</summary>
    [Field("支出数", "实际支出数（万元）。")]
    public decimal? Actual { get; set; }
}
