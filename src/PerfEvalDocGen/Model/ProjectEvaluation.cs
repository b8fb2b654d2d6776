namespace PerfEvalDocGen.Model;

/// <summary>The self-evaluation of one first-level project (项目支出绩效自评表).</summary>
public sealed class ProjectEvaluation
{
    /// <summary>项目名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>主管部门.</summary>
    public string? Department { get; set; }

    /// <summary>实施单位.</summary>
    public string? Implementer { get; set; }

    /// <summary>年度资金总额 (total of the funds).</summary>
    public FundFigures Total { get; set; } = new();

    /// <summary>其中：当年财政拨款.</summary>
    public FundFigures CurrentAppropriation { get; set; } = new();

    /// <summary>上年结转资金.</summary>
    public FundFigures CarriedOver { get; set; } = new();

    /// <summary>其他资金.</summary>
    public FundFigures Other { get; set; } = new();

    /// <summary>The project's goals, expected against achieved.</summary>
    public AnnualGoal Goal { get; set; } = new();

    /// <summary>The project's indicators.</summary>
    public List<Indicator> Indicators { get; set; } = [];
}
