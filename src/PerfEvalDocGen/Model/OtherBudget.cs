namespace PerfEvalDocGen.Model;

/// <summary>One of the three other budgets; a unit without it leaves it null or its items empty.</summary>
public sealed class OtherBudget
{
    /// <summary>The narrative's summary of the budget's spending.</summary>
    [Field("情况说明", "该预算支出情况的文字说明。")]
    public string? Summary { get; set; }

    /// <summary>The items of the budget's table.</summary>
    [Field("支出明细", "支出情况表的各行。")]
    public List<OtherBudgetItem> Items { get; set; } = [];
}
