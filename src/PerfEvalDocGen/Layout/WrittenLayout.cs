using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Layout;

/// <summary>
/// Which layout items a manifest.json writes out (as paths under "layout", e.g. body or headings.level1.font), so
/// that what the maintainer wrote there wins over the reference document, and what they left out comes from it.
/// </summary>
internal sealed class WrittenLayout
{
    private readonly HashSet<string> paths;

    private WrittenLayout(HashSet<string> paths) => this.paths = paths;

    /// <summary>A manifest without a layout.</summary>
    public static WrittenLayout None { get; } = new([]);

    /// <summary>The items written in the manifest's text; None when it has no layout (or is not JSON, reported elsewhere).</summary>
    public static WrittenLayout From(string manifestText)
    {
        JToken? root;
        try
        {
            root = JToken.Parse(manifestText);
        }
        catch (JsonException)
        {
            return None;
        }
        var layout = (root as JObject)?.Properties().FirstOrDefault(p => string.Equals(p.Name, "layout", StringComparison.OrdinalIgnoreCase))?.Value as JObject;
        if (layout is null)
        {
            return None;
        }
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Walk(JObject node, string prefix)
        {
            foreach (var property in node.Properties().Where(p => p.Value.Type != JTokenType.Null))
            {
                var path = prefix + property.Name;
                paths.Add(path);
                if (property.Value is JObject child)
                {
                    Walk(child, path + ".");
                }
            }
        }
        Walk(layout, "");
        return new WrittenLayout(paths);
    }

    /// <summary>Whether any of <paramref name="items"/> (or anything below one of them) is written.</summary>
    public bool Any(params string[] items) => items.Any(paths.Contains);
}
