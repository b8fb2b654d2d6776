using PerfEvalDocGen.DataFormat;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>One table of a form: relative column widths, how they are fitted, header rows and the rows.</summary>
internal sealed record TableDescription(Position At, IReadOnlyList<decimal> Columns, IReadOnlyList<RowDescription> Rows)
{
    public ColumnSharing Fit { get; init; } = ColumnSharing.Own;

    /// <summary>Rows repeated at the top of each page.</summary>
    public int HeaderRows { get; init; }

    /// <summary>The text shrinks (not below 小五) to keep the form on one page.</summary>
    public bool OnePage { get; init; }

    /// <summary>The last row stays on the page of the note or signature below.</summary>
    public bool KeepLastRowWithNext { get; init; }
}
