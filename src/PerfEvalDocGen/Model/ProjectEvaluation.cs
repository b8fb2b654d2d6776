namespace PerfEvalDocGen.Model;

/// <summary>The self-evaluation of one first-level project (项目支出绩效自评表).</summary>
public sealed class ProjectEvaluation
{
    /// <summary>项目名称.</summary>
    [Field("项目名称", "一级项目名称，如“业务工作经费”。", Required = true)]
    public string Name { get; set; } = "";

    /// <summary>主管部门.</summary>
    [Field("主管部门", "主管部门。")]
    public string? Department { get; set; }

    /// <summary>实施单位.</summary>
    [Field("实施单位", "实施单位。")]
    public string? Implementer { get; set; }

    /// <summary>年度资金总额 (total of the funds).</summary>
    [Field("年度资金总额", "年度资金总额：年初预算、全年预算、全年执行（万元）。")]
    public FundFigures Total { get; set; } = new();

    /// <summary>其中：当年财政拨款.</summary>
    [Field("当年财政拨款", "其中：当年财政拨款。")]
    public FundFigures CurrentAppropriation { get; set; } = new();

    /// <summary>上年结转资金.</summary>
    [Field("上年结转资金", "上年结转资金。")]
    public FundFigures CarriedOver { get; set; } = new();

    /// <summary>其他资金.</summary>
    [Field("其他资金", "其他资金。")]
    public FundFigures Other { get; set; } = new();

    /// <summary>The project's goals, expected against achieved.</summary>
    [Field("年度总体目标", "项目的预期目标与实际完成情况。")]
    public AnnualGoal Goal { get; set; } = new();

    /// <summary>The project's indicators.</summary>
    [Field("绩效指标", "项目的绩效指标。")]
    public List<Indicator> Indicators { get; set; } = [];
}
