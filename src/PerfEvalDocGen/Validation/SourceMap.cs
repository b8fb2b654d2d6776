using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Validation;

/// <summary>Where each value of a data file is: JSON path to line and column, so any check can point at the spot.</summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    /// <summary>Records every token's position in <paramref name="root"/> (loaded with line info).</summary>
    public static SourceMap From(JToken root)
    {
        var map = new SourceMap();
        foreach (var token in root is JContainer container ? container.DescendantsAndSelf() : [root])
        {
            if (token is IJsonLineInfo info && info.HasLineInfo() && token is not JProperty)
            {
                map.positions.TryAdd(token.Path, (info.LineNumber, info.LinePosition));
            }
        }
        return map;
    }

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
