namespace PerfEvalDocGen.Model;

/// <summary>An amount split by source of funds (万元); a source not filled in stays null.</summary>
public sealed class FundingSources
{
    /// <summary>一般公共预算.</summary>
    [Field("一般公共预算", "一般公共预算拨款（万元）。")]
    public decimal? GeneralPublicBudget { get; set; }

    /// <summary>政府性基金拨款.</summary>
    [Field("政府性基金拨款", "政府性基金拨款（万元）。")]
    public decimal? GovernmentFund { get; set; }

    /// <summary>纳入专户管理的非税收入拨款.</summary>
    [Field("纳入专户管理的非税收入拨款", "纳入专户管理的非税收入拨款（万元）。")]
    public decimal? SpecialAccountNonTax { get; set; }

    /// <summary>其他资金.</summary>
    [Field("其他资金", "其他资金（万元）。")]
    public decimal? Other { get; set; }
}
