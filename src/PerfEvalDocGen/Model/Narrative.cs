namespace PerfEvalDocGen.Model;

/// <summary>The report's narrative parts, rendered by the template set.</summary>
public sealed class Narrative
{
    /// <summary>Results of the year's work, in themed sub-sections (部门整体支出绩效情况).</summary>
    [Field("部门整体支出绩效情况", "取得的成效，按主题分小节，每节一个标题和若干段落。")]
    public List<Theme> Results { get; set; } = [];

    /// <summary>Problems and their causes (存在的问题及原因分析).</summary>
    [Field("存在的问题及原因分析", "引言和各条问题，条目序号“一是、二是”自动生成。")]
    public PointList Problems { get; set; } = new();

    /// <summary>Measures for the next stage (下一步改进措施).</summary>
    [Field("下一步改进措施", "引言和各条措施，条目序号自动生成。")]
    public PointList Measures { get; set; } = new();

    /// <summary>How the evaluation's results will be applied and disclosed.</summary>
    [Field("自评结果拟应用和公开情况", "自评结果拟应用和公开情况，每段一项。")]
    public List<string> Application { get; set; } = [];

    /// <summary>Other matters to explain (其他需要说明的情况).</summary>
    [Field("其他需要说明的情况", "其他需要说明的情况，每段一项；没有时写“无。”。")]
    public List<string> OtherMatters { get; set; } = [];
}
