namespace PerfEvalDocGen.Model;

/// <summary>Project expenditure by class (项目支出), as in the cost-control table.</summary>
public sealed class ProjectExpenditure
{
    /// <summary>业务工作经费.</summary>
    [Field("业务工作经费", "业务工作经费。")]
    public ProjectClass Business { get; set; } = new() { Name = "业务工作经费" };

    /// <summary>运行维护经费.</summary>
    [Field("运行维护经费", "运行维护经费。")]
    public ProjectClass Operation { get; set; } = new() { Name = "运行维护经费" };

    /// <summary>特定目标类.</summary>
    [Field("特定目标类", "特定目标类项目。")]
    public ProjectClass SpecificPurpose { get; set; } = new() { Name = "特定目标类" };

    /// <summary>District special funds (区级专项资金), one per fund.</summary>
    [Field("区级专项资金", "区级专项资金，一个专项一项。")]
    public List<ProjectClass> SpecialFunds { get; set; } = [];

    /// <summary>Transfers from higher levels (上级转移支付), one per transfer.</summary>
    [Field("上级转移支付", "上级转移支付，一个专项一项。")]
    public List<ProjectClass> Transfers { get; set; } = [];

    /// <summary>Project expenditure by economic class.</summary>
    [Field("按经济分类", "项目支出按经济分类的构成；占比由程序计算。")]
    public List<AmountItem> ByEconomicClass { get; set; } = [];

    /// <summary>Project expenditure by function (社会管理, 城市管理, …).</summary>
    [Field("按功能分类", "项目支出按工作领域的构成。")]
    public List<AmountItem> ByFunction { get; set; } = [];

    /// <summary>The rate at which project funds arrived (项目资金到位率), in percent, as reported.</summary>
    [Field("项目资金到位率", "项目资金到位率（%），0–100。", Maximum = 100)]
    public decimal? FundsArrivalRate { get; set; }
}
