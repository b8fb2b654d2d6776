namespace PerfEvalDocGen.Forms.Description;

/// <summary>Where a part of a form description starts in its file (1-based line and column).</summary>
internal readonly record struct Position(int Line, int Column);
