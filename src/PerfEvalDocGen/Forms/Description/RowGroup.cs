using PerfEvalDocGen.DataFormat;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>Rows under one label cell merged down over all of them, however many the lists in them make.</summary>
internal sealed record RowGroup(Position At, CellDescription Label, IReadOnlyList<RowDescription> Rows) : RowDescription(At);
