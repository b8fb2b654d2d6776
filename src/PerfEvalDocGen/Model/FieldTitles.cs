using System.Text.RegularExpressions;

namespace PerfEvalDocGen.Model;

/// <summary>The Chinese title of the field at a JSON path, for messages.</summary>
internal static partial class FieldTitles
{
    public static string? Of(string path)
    {
        var type = typeof(ReportData);
        string? title = null;
        foreach (var segment in Index().Replace(path, "").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ModelShape.Of(type).TryGetValue(segment, out var field))
            {
                return null;
            }
            title = field.Field.Title;
            type = field.ItemType ?? field.Property.PropertyType;
        }
        return title;
    }

    /// <summary>A short label for a figure's path: the titles of its last two segments, with 1-based positions, e.g. 公用经费合计·本年决算数.</summary>
    public static string Label(string path)
    {
        var type = typeof(ReportData);
        var parts = new List<string>();
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Index().Replace(segment, "");
            var index = Index().Match(segment);
            if (!ModelShape.Of(type).TryGetValue(name, out var field))
            {
                return path;
            }
            parts.Add(field.Field.Title + (index.Success ? " " + (int.Parse(index.Value.Trim('[', ']')) + 1) : ""));
            type = field.ItemType ?? field.Property.PropertyType;
        }
        return string.Join("·", parts.TakeLast(2));
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
