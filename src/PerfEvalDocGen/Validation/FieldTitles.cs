using System.Text.RegularExpressions;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation;

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

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
