namespace PerfEvalDocGen.Layout;

/// <summary>The numbers of the attachment forms' tables: cell margins, line weight and colour, spacing around a form's title and note.</summary>
public sealed class TableSettings
{
    /// <summary>Space between a cell's text and its left and right lines, in mm (1 mm, about Word's own default).</summary>
    public decimal CellMargin { get; set; } = 1m;

    /// <summary>The weight of the table lines in points, in steps of 1/8 pt (0.5 pt).</summary>
    public decimal BorderWidth { get; set; } = 0.5m;

    /// <summary>The colour of the table lines as six hex digits RRGGBB.</summary>
    public string BorderColor { get; set; } = "000000";

    /// <summary>Space above a form's title, in points.</summary>
    public decimal TitleSpaceBefore { get; set; } = 6m;

    /// <summary>Space between a form's title and its table, in points.</summary>
    public decimal TitleSpaceAfter { get; set; } = 12m;

    /// <summary>Space above each line of a form's note and its signature line, in points.</summary>
    public decimal NoteSpaceBefore { get; set; } = 3m;
}
