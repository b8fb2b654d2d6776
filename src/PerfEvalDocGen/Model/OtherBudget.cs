namespace PerfEvalDocGen.Model;

/// <summary>One of the three other budgets; a unit without it leaves it null or its items empty.</summary>
public sealed class OtherBudget
{
    /// <summary>The narrative's summary of the budget's spending.</summary>
    public string? Summary { get; set; }

    /// <summary>The items of the budget's table.</summary>
    public List<OtherBudgetItem> Items { get; set; } = [];
}
