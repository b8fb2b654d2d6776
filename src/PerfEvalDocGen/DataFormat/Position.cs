namespace PerfEvalDocGen.DataFormat;

/// <summary>Where a part of a JSON file (a form description, a manifest) starts in its file (1-based line and column).</summary>
internal readonly record struct Position(int Line, int Column);
