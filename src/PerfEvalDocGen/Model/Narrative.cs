namespace PerfEvalDocGen.Model;

/// <summary>The report's narrative parts; each template set uses the parts its outline has.</summary>
public sealed class Narrative
{
    /// <summary>Text before the first section.</summary>
    [Field("前言", "正文第一部分之前的一段话。")]
    public Passage Preamble { get; set; } = new();

    /// <summary>The unit's profile beyond duties and staffing.</summary>
    [Field("单位概况", "单位基本情况中职责、机构和人员以外的内容。")]
    public Passage Overview { get; set; } = new();

    /// <summary>How the money was managed and used.</summary>
    [Field("支出管理及使用情况", "整体支出管理及使用情况的文字说明。")]
    public Passage Spending { get; set; } = new();

    /// <summary>How projects were organised and carried out.</summary>
    [Field("项目组织实施情况", "项目（专项）组织实施情况。")]
    public Passage Implementation { get; set; } = new();

    /// <summary>Asset management.</summary>
    [Field("资产管理情况", "资产管理情况。")]
    public Passage Assets { get; set; } = new();

    /// <summary>Performance targets and how they were set.</summary>
    [Field("绩效目标", "整体支出绩效目标及其设定情况。")]
    public Passage Targets { get; set; } = new();

    /// <summary>Results of the year's work (部门整体支出绩效情况).</summary>
    [Field("部门整体支出绩效情况", "取得的成效，可分主题小节。")]
    public Passage Results { get; set; } = new();

    /// <summary>The self-evaluation's conclusion.</summary>
    [Field("自评结果", "绩效自评结论。")]
    public Passage Evaluation { get; set; } = new();

    /// <summary>Problems and their causes.</summary>
    [Field("存在的问题及原因分析", "存在的问题；条目序号（一是、二是）自动生成。")]
    public Passage Problems { get; set; } = new();

    /// <summary>Measures for the next stage.</summary>
    [Field("下一步改进措施", "改进措施或下一步工作安排；条目序号自动生成。")]
    public Passage Measures { get; set; } = new();

    /// <summary>How the evaluation's results will be applied and disclosed.</summary>
    [Field("自评结果拟应用和公开情况", "自评结果拟应用和公开情况。")]
    public Passage Application { get; set; } = new();

    /// <summary>Other matters to explain.</summary>
    [Field("其他需要说明的情况", "其他需要说明的情况，如获得的荣誉；没有时写“无。”。")]
    public Passage OtherMatters { get; set; } = new();
}
