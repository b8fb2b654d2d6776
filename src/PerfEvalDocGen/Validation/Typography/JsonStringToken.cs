namespace PerfEvalDocGen.Validation.Typography;

/// <summary>One string value of a JSON text, where it sits in the text and what it says.</summary>
/// <param name="Start">Offset of the opening quote.</param>
/// <param name="End">Offset just past the closing quote.</param>
/// <param name="Value">The decoded text.</param>
/// <param name="Offsets">For each character of <paramref name="Value"/>, its offset in the JSON text.</param>
/// <param name="Path">The value's JSON path (a.b[0].c).</param>
/// <param name="ParentPath">The path of the array holding it, or null when it is not an array item.</param>
internal sealed record JsonStringToken(int Start, int End, string Value, int[] Offsets, string Path, string? ParentPath);
