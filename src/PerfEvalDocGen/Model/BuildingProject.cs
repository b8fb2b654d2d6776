namespace PerfEvalDocGen.Model;

/// <summary>A building project completed the year before (楼堂馆所).</summary>
public sealed class BuildingProject
{
    /// <summary>The project's name.</summary>
    public string? Name { get; set; }

    /// <summary>Approved floor area in m² (批复规模).</summary>
    public decimal? ApprovedArea { get; set; }

    /// <summary>Actual floor area in m² (实际规模).</summary>
    public decimal? ActualArea { get; set; }

    /// <summary>Budgeted investment, 万元 (预算投资).</summary>
    public decimal? BudgetInvestment { get; set; }

    /// <summary>Actual investment, 万元 (实际投资).</summary>
    public decimal? ActualInvestment { get; set; }
}
