namespace PerfEvalDocGen.Model;

/// <summary>Project expenditure by class (项目支出), as in the cost-control table.</summary>
public sealed class ProjectExpenditure
{
    /// <summary>业务工作经费.</summary>
    public ProjectClass Business { get; set; } = new() { Name = "业务工作经费" };

    /// <summary>运行维护经费.</summary>
    public ProjectClass Operation { get; set; } = new() { Name = "运行维护经费" };

    /// <summary>特定目标类.</summary>
    public ProjectClass SpecificPurpose { get; set; } = new() { Name = "特定目标类" };

    /// <summary>District special funds (区级专项资金), one per fund.</summary>
    public List<ProjectClass> SpecialFunds { get; set; } = [];

    /// <summary>Transfers from higher levels (上级转移支付), one per transfer.</summary>
    public List<ProjectClass> Transfers { get; set; } = [];

    /// <summary>The rate at which project funds arrived (项目资金到位率), in percent, as reported.</summary>
    public decimal? FundsArrivalRate { get; set; }
}
