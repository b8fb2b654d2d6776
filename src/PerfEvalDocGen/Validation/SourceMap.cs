
namespace PerfEvalDocGen.Validation;

/// <summary>Where each value of a data file is: JSON path to line and column, so any check can point at the spot.</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    /// <summary>Records where the value at <paramref name="path"/> is; the first record of a path wins.</summary>
    internal void Add(string path, int line, int column) => positions.TryAdd(path, (line, column));

    /// <summary>The position of <paramref name="path"/>, or of its nearest recorded parent.</summary>
    public (int Line, int Column) Locate(string? path)
    {
        while (!string.IsNullOrEmpty(path))
        {
            if (positions.TryGetValue(path, out var position))
            {
                return position;
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut > 0 ? path[..cut] : "";
        }
        return positions.TryGetValue("", out var root) ? root : (1, 1);
    }
}
