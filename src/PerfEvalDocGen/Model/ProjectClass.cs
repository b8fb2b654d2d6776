namespace PerfEvalDocGen.Model;

/// <summary>One class or fund of project expenditure, with the figures of its cost-control row.</summary>
public sealed class ProjectClass
{
    /// <summary>The name printed, e.g. 业务工作经费 or a special fund's name.</summary>
    [Field("名称", "项目类别或专项资金名称。", Required = true)]
    public string Name { get; set; } = "";

    /// <summary>The row's figures (万元).</summary>
    [Field("金额", "上年决算、本年预算、本年决算（万元）。")]
    public YearFigures Figures { get; set; } = new();

    /// <summary>What the money was mainly used for, quoted by the narrative (e.g. 主要为抚恤金支出).</summary>
    [Field("主要用途", "报告引用的主要用途，如“主要为抚恤金支出”。")]
    public string? Purpose { get; set; }
}
