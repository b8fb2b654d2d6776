namespace PerfEvalDocGen.Tables;

/// <summary>Which of a cell's four edges carry a line, overriding the table's borders.</summary>
internal readonly record struct CellBorders(bool Top, bool Bottom, bool Left, bool Right);
