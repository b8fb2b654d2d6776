namespace PerfEvalDocGen.Model;

/// <summary>The report's narrative parts, rendered by the template set.</summary>
public sealed class Narrative
{
    /// <summary>Results of the year's work, in themed sub-sections (部门整体支出绩效情况).</summary>
    public List<Theme> Results { get; set; } = [];

    /// <summary>Problems and their causes (存在的问题及原因分析).</summary>
    public PointList Problems { get; set; } = new();

    /// <summary>Measures for the next stage (下一步改进措施).</summary>
    public PointList Measures { get; set; } = new();

    /// <summary>How the evaluation's results will be applied and disclosed.</summary>
    public List<string> Application { get; set; } = [];

    /// <summary>Other matters to explain (其他需要说明的情况).</summary>
    public List<string> OtherMatters { get; set; } = [];
}
