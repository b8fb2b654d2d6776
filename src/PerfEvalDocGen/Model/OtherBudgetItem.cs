namespace PerfEvalDocGen.Model;

/// <summary>One row of an other-budget table (万元).</summary>
public sealed class OtherBudgetItem
{
    /// <summary>The item's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The budgeted amount.</summary>
    public decimal? Budget { get; set; }

    /// <summary>The amount spent.</summary>
    public decimal? Actual { get; set; }
}
