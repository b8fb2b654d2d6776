using System.Globalization;
using System.Text;

namespace PerfEvalDocGen.Validation.Typography;

/// <summary>
/// Applies the lint's fixes to the JSON text by replacing only the changed string values' text; every other character
/// (indentation, key order, number spelling, line endings, the other strings) stays exactly as written.
/// </summary>
internal static class TypographyFixer
{
    /// <summary>One changed string value: where it is, its text before and after.</summary>
    public sealed record Change(JsonStringToken Token, string NewValue, string NewRaw, int Line);

    /// <summary>The changes the issues make, one per string value, in file order.</summary>
    public static IReadOnlyList<Change> Changes(string json, IReadOnlyList<TypographyIssue> issues)
    {
        var changes = new List<Change>();
        foreach (var group in issues.GroupBy(i => i.Token).OrderBy(g => g.Key.Start))
        {
            var value = group.Key.Value;
            var sb = new StringBuilder(value);
            var lastStart = int.MaxValue;
            // From the end, skipping any edit that overlaps one already made, so indices stay valid.
            foreach (var issue in group.OrderByDescending(i => i.Index))
            {
                if (issue.Index + issue.Length > lastStart)
                {
                    continue;
                }
                sb.Remove(issue.Index, issue.Length).Insert(issue.Index, issue.Replacement);
                lastStart = issue.Index;
            }
            var newValue = sb.ToString();
            if (newValue != value)
            {
                changes.Add(new Change(group.Key, newValue, Encode(newValue), LineOf(json, group.Key.Start)));
            }
        }
        return changes;
    }

    /// <summary>The text with <paramref name="changes"/> applied.</summary>
    public static string Apply(string json, IReadOnlyList<Change> changes)
    {
        var sb = new StringBuilder(json.Length);
        var at = 0;
        foreach (var change in changes.OrderBy(c => c.Token.Start))
        {
            sb.Append(json, at, change.Token.Start - at).Append(change.NewRaw);
            at = change.Token.End;
        }
        return sb.Append(json, at, json.Length - at).ToString();
    }

    /// <summary>1-based line of an offset.</summary>
    public static int LineOf(string json, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < json.Length; i++)
        {
            if (json[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }

    /// <summary>1-based column of an offset (characters from the line start).</summary>
    public static int ColumnOf(string json, int offset) => offset - (offset == 0 ? -1 : json.LastIndexOf('\n', offset - 1));

    // Quotes, backslashes and control characters escaped; everything else written as itself, as users write Chinese.
    private static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
