using PerfEvalDocGen.DataFormat;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>Rows of a table as declared: a fixed row, one row per list item, a group under a merged label, or the indicator grid.</summary>
internal abstract record RowDescription(Position At);
