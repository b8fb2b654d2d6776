namespace PerfEvalDocGen.Model;

/// <summary>A named amount (万元), one row of a breakdown.</summary>
public sealed class AmountItem
{
    /// <summary>The row's name, e.g. 工资福利支出.</summary>
    [Field("名称", "该项的名称。", Required = true)]
    public string Name { get; set; } = "";

    /// <summary>The amount.</summary>
    [Field("金额", "金额（万元），必须填写；没有发生的写 0（空白的一项正文无法写出，也不计入合计）。", Required = true)]
    public decimal? Amount { get; set; }
}
