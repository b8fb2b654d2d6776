using PerfEvalDocGen.DataFormat;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>One row per item of a list; <see cref="WhenEmpty"/> (if any) is printed instead when the list is empty.</summary>
internal sealed record RepeatedRows(Position At, FormPath Each, string As, string? Index, IReadOnlyList<CellDescription> Cells, IReadOnlyList<CellDescription>? WhenEmpty) : RowDescription(At);
