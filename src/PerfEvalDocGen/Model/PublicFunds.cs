namespace PerfEvalDocGen.Model;

/// <summary>Public funds (公用经费), part of basic expenditure, with the rows listed under it (其中).</summary>
public sealed class PublicFunds
{
    /// <summary>The public funds total for each column; this year's accounts is the basic-expenditure figure.</summary>
    public YearFigures Total { get; set; } = new();

    /// <summary>Office expenses (办公经费).</summary>
    public YearFigures Office { get; set; } = new();

    /// <summary>Water, electricity and travel (水费、电费、差旅费).</summary>
    public YearFigures UtilitiesAndTravel { get; set; } = new();

    /// <summary>Meetings and training (会议费、培训费).</summary>
    public YearFigures MeetingsAndTraining { get; set; } = new();
}
