namespace PerfEvalDocGen.Model;

/// <summary>One row of the indicator grid (绩效指标); equal neighbouring level names are merged when printed.</summary>
public sealed class Indicator
{
    /// <summary>一级指标, e.g. 产出指标.</summary>
    [Field("一级指标", "产出指标、效益指标或满意度指标。", Required = true)]
    public string Level1 { get; set; } = "";

    /// <summary>二级指标, e.g. 数量指标.</summary>
    [Field("二级指标", "如数量指标、质量指标、时效指标、成本指标。", Required = true)]
    public string Level2 { get; set; } = "";

    /// <summary>三级指标, e.g. 法制宣传活动场次.</summary>
    [Field("三级指标", "具体指标名称；相邻同名的行在表中合并。", Required = true)]
    public string Level3 { get; set; } = "";

    /// <summary>年度指标值 as written, e.g. ≥10次.</summary>
    [Field("年度指标值", "年度指标值，如“≥10次”“≤4073.53万”“100%”或文字。")]
    public string? Target { get; set; }

    /// <summary>实际完成值 as written, e.g. 18次.</summary>
    [Field("实际完成值", "实际完成值，如“18次”。")]
    public string? Actual { get; set; }

    /// <summary>指标方向: 正向 (higher is better) or 反向 (lower is better); without it the target's comparison sign decides.</summary>
    [Field("指标方向", "定量指标的方向：“正向”（越高越好，得分 = 分值×min(完成值÷指标值,1)）或“反向”（越低越好，得分 = 分值×min(指标值÷完成值,1)）；不填时按指标值的“≥”“≤”判断，两者都没有则视为定性指标。", Choices = ["正向", "反向"])]
    public string? Direction { get; set; }

    /// <summary>分值 (weight).</summary>
    [Field("分值", "该指标的分值。", Required = true, Maximum = 100)]
    public decimal? Weight { get; set; }

    /// <summary>得分 as entered by the unit.</summary>
    [Field("得分", "自评得分，不超过分值。", Maximum = 100)]
    public decimal? Score { get; set; }

    /// <summary>偏差原因分析及改进措施.</summary>
    [Field("偏差原因分析及改进措施", "偏差原因分析及改进措施。")]
    public string? Deviation { get; set; }
}
