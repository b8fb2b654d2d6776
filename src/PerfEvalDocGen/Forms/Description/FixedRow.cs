using PerfEvalDocGen.DataFormat;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>One row with its cells, left to right; places taken by cells merged from above are skipped.</summary>
internal sealed record FixedRow(Position At, IReadOnlyList<CellDescription> Cells) : RowDescription(At);
