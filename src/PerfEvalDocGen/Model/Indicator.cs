namespace PerfEvalDocGen.Model;

/// <summary>One row of the indicator grid (绩效指标); equal neighbouring level names are merged when printed.</summary>
public sealed class Indicator
{
    /// <summary>一级指标, e.g. 产出指标.</summary>
    public string Level1 { get; set; } = "";

    /// <summary>二级指标, e.g. 数量指标.</summary>
    public string Level2 { get; set; } = "";

    /// <summary>三级指标, e.g. 法制宣传活动场次.</summary>
    public string Level3 { get; set; } = "";

    /// <summary>年度指标值 as written, e.g. ≥10次.</summary>
    public string? Target { get; set; }

    /// <summary>实际完成值 as written, e.g. 18次.</summary>
    public string? Actual { get; set; }

    /// <summary>分值 (weight).</summary>
    public decimal? Weight { get; set; }

    /// <summary>得分 as entered by the unit.</summary>
    public decimal? Score { get; set; }

    /// <summary>偏差原因分析及改进措施.</summary>
    public string? Deviation { get; set; }
}
