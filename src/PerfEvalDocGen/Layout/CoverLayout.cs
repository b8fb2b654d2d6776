namespace PerfEvalDocGen.Layout;

/// <summary>The cover page's spacing, counted in rows of the line grid; gaps shrink when a long title or unit name needs the room.</summary>
public sealed class CoverLayout
{
    /// <summary>Rows above the title on a cover of its own (one fewer under an 附件N label).</summary>
    public int RowsAboveTitle { get; set; } = 4;

    /// <summary>The most rows between the title and the 部门(单位)名称 line.</summary>
    public int RowsBelowTitle { get; set; } = 11;

    /// <summary>Rows kept free at the foot of the cover for a line the estimate missed.</summary>
    public int SpareRows { get; set; } = 1;

    /// <summary>Rows between the 部门(单位)名称 line and the date.</summary>
    public int DateRowsBefore { get; set; } = 1;

    /// <summary>Characters between the date and the right margin.</summary>
    public int DateRightChars { get; set; } = 4;
}
