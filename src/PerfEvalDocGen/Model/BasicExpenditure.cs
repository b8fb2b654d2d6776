namespace PerfEvalDocGen.Model;

/// <summary>The basic-expenditure breakdown (基本支出): personnel and public funds; the total is in <see cref="Budget"/>.</summary>
public sealed class BasicExpenditure
{
    /// <summary>Personnel expenditure (人员经费), 万元.</summary>
    public decimal? Personnel { get; set; }

    /// <summary>Public funds (公用经费) and the rows listed under it.</summary>
    public PublicFunds PublicFunds { get; set; } = new();
}
