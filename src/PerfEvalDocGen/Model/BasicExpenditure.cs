namespace PerfEvalDocGen.Model;

/// <summary>The basic-expenditure breakdown (基本支出): personnel and public funds; the total is in <see cref="Budget"/>.</summary>
public sealed class BasicExpenditure
{
    /// <summary>Personnel expenditure (人员经费), 万元.</summary>
    [Field("人员经费", "人员经费决算数（万元）。")]
    public decimal? Personnel { get; set; }

    /// <summary>Basic expenditure by economic class (工资福利支出, 商品和服务支出, …).</summary>
    [Field("按经济分类", "基本支出按经济分类的构成；占比由程序计算。")]
    public List<AmountItem> ByEconomicClass { get; set; } = [];

    /// <summary>Public funds (公用经费) and the rows listed under it.</summary>
    [Field("公用经费", "公用经费合计及其中各行，含上年决算、本年预算、本年决算三列。")]
    public PublicFunds PublicFunds { get; set; } = new();
}
