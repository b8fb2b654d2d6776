using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Tables;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>
/// One cell of a form: its span, weight and alignment, and what it prints — a text (a template), a figure by its path
/// with a format, or one paragraph per item of a list; a cell with none of them is blank.
/// </summary>
internal sealed record CellDescription(Position At)
{
    public int ColumnSpan { get; init; } = 1;

    public int RowSpan { get; init; } = 1;

    public bool Bold { get; init; }

    public CellAlignment? Align { get; init; }

    public CompiledTemplate? Text { get; init; }

    public FormPath? Value { get; init; }

    public CellFormat Format { get; init; }

    /// <summary>Printed when the figure is not filled in (null).</summary>
    public string? Blank { get; init; }

    /// <summary>Printed when the path runs through something missing, e.g. the project of the blank form printed when there is none.</summary>
    public string? Absent { get; init; }

    public ParagraphList? Paragraphs { get; init; }
}
