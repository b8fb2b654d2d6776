namespace PerfEvalDocGen.Model;

/// <summary>One class or fund of project expenditure, with the figures of its cost-control row.</summary>
public sealed class ProjectClass
{
    /// <summary>The name printed, e.g. 业务工作经费 or a special fund's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The row's figures (万元).</summary>
    public YearFigures Figures { get; set; } = new();

    /// <summary>What the money was mainly used for, quoted by the narrative (e.g. 主要为抚恤金支出).</summary>
    public string? Purpose { get; set; }
}
