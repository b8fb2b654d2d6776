namespace PerfEvalDocGen.Model;

/// <summary>A building project completed the year before (楼堂馆所).</summary>
public sealed class BuildingProject
{
    /// <summary>The project's name.</summary>
    [Field("项目名称", "楼堂馆所项目名称。")]
    public string? Name { get; set; }

    /// <summary>Approved floor area in m² (批复规模).</summary>
    [Field("批复规模", "批复建筑面积（m²）。")]
    public decimal? ApprovedArea { get; set; }

    /// <summary>Actual floor area in m² (实际规模).</summary>
    [Field("实际规模", "实际建筑面积（m²）。")]
    public decimal? ActualArea { get; set; }

    /// <summary>Budgeted investment, 万元 (预算投资).</summary>
    [Field("预算投资", "预算投资（万元）。")]
    public decimal? BudgetInvestment { get; set; }

    /// <summary>Actual investment, 万元 (实际投资).</summary>
    [Field("实际投资", "实际投资（万元）。")]
    public decimal? ActualInvestment { get; set; }
}
