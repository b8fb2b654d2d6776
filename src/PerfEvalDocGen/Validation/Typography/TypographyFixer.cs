using System.Globalization;
using System.Text;

namespace PerfEvalDocGen.Validation.Typography;

/// <summary>
/// Applies the lint's fixes to the JSON text by replacing only the characters concerned, in the file's own spelling of
/// the string: every other character (indentation, key order, number spelling, line endings, the other strings, and
/// the escapes such as <c>\u3002</c> or <c>\/</c> inside a changed string) stays exactly as written.
/// </summary>
internal static class TypographyFixer
{
    /// <summary>One changed string value: where it is, its raw text after the change, and the issues applied to it.</summary>
    public sealed record Change(JsonStringToken Token, string NewRaw, IReadOnlyList<TypographyIssue> Applied);

    /// <summary>The changes the issues make, one per string value, in file order.</summary>
    public static IReadOnlyList<Change> Changes(string json, IReadOnlyList<TypographyIssue> issues)
    {
        var changes = new List<Change>();
        foreach (var group in issues.GroupBy(i => i.Token).OrderBy(g => g.Key.Start))
        {
            var token = group.Key;
            var raw = new StringBuilder(json, token.Start, token.End - token.Start, token.End - token.Start + 8);
            var applied = new List<TypographyIssue>();
            var lastStart = int.MaxValue;
            // From the end, skipping any edit that overlaps one already made, so offsets before it stay valid.
            foreach (var issue in group.OrderByDescending(i => i.Index))
            {
                if (issue.Length == 0 || issue.Index + issue.Length > lastStart)
                {
                    continue;
                }
                var from = token.Offsets[issue.Index] - token.Start;
                var to = RawEnd(token, issue.Index + issue.Length - 1) - token.Start;
                raw.Remove(from, to - from).Insert(from, Encode(issue.Replacement));
                lastStart = issue.Index;
                applied.Add(issue);
            }
            var newRaw = raw.ToString();
            if (newRaw != json.Substring(token.Start, token.End - token.Start))
            {
                applied.Reverse();
                changes.Add(new Change(token, newRaw, applied));
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

    /// <summary>1-based column of an offset (UTF-16 characters from the line start, as the data reader counts).</summary>
    public static int ColumnOf(string json, int offset) => offset - (offset == 0 ? -1 : json.LastIndexOf('\n', offset - 1));

    // Where the raw spelling of value character k ends: at the next character's spelling, or at the closing quote.
    private static int RawEnd(JsonStringToken token, int k) => k + 1 < token.Offsets.Length ? token.Offsets[k + 1] : token.End - 1;

    // Quotes, backslashes and control characters escaped; everything else written as itself, as users write Chinese.
    private static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length);
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
        return sb.ToString();
    }
}
