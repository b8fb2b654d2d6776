namespace PerfEvalDocGen.Model;

/// <summary>Public funds (公用经费), part of basic expenditure, with the rows listed under it (其中).</summary>
public sealed class PublicFunds
{
    /// <summary>The public funds total for each column; this year's accounts is the basic-expenditure figure.</summary>
    [Field("公用经费合计", "公用经费合计；本年决算数即基本支出中的公用经费。")]
    public YearFigures Total { get; set; } = new();

    /// <summary>Office expenses (办公经费).</summary>
    [Field("办公经费", "其中：办公经费。")]
    public YearFigures Office { get; set; } = new();

    /// <summary>Water, electricity and travel (水费、电费、差旅费).</summary>
    [Field("水费、电费、差旅费", "其中：水费、电费、差旅费。")]
    public YearFigures UtilitiesAndTravel { get; set; } = new();

    /// <summary>Meetings and training (会议费、培训费).</summary>
    [Field("会议费、培训费", "其中：会议费、培训费。")]
    public YearFigures MeetingsAndTraining { get; set; } = new();
}
