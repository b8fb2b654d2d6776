using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Validation;

/// <summary>Where each value of a data file starts (its first character), so any check can point at the spot.</summary>
internal sealed class SourceMap
{
    // Keyed by token, not by path: building every token's path string as the file is read cost more than the rest of reading.
    private readonly Dictionary<JToken, (int Line, int Column)> positions;
    private JToken? root;

    /// <summary>An empty map with room for <paramref name="capacity"/> positions.</summary>
    internal SourceMap(int capacity = 0) => positions = new(capacity, ReferenceEqualityComparer.Instance);

    /// <summary>Records where <paramref name="token"/> starts; for a property, where its key starts. The last value recorded is the root.</summary>
    internal void Add(JToken token, int line, int column)
    {
        if (token is not JProperty)
        {
            root = token;
        }
        positions.TryAdd(token, (line, column));
    }

    /// <summary>Where <paramref name="token"/> starts, or null when it was not read from the text.</summary>
    public (int Line, int Column)? Of(JToken token) => positions.TryGetValue(token, out var position) ? position : null;

    /// <summary>The position of <paramref name="path"/>, or of its nearest recorded parent.</summary>
    public (int Line, int Column) Locate(string? path)
    {
        while (!string.IsNullOrEmpty(path))
        {
            if (Find(path) is { } token && positions.TryGetValue(token, out var position))
            {
                return position;
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut > 0 ? path[..cut] : "";
        }
        return root is not null && positions.TryGetValue(root, out var start) ? start : (1, 1);
    }

    private JToken? Find(string path)
    {
        try
        {
            return root?.SelectToken(path, errorWhenNoMatch: false);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // A path that is not valid JSONPath (an odd property name) falls back to its parent.
            return null;
        }
    }
}
