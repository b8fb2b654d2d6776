using System.Text;

namespace PerfEvalDocGen.Narrative;

/// <summary>Reads the light markup a section template renders to: one paragraph a line, '#' headings, '**' bold, '\' escapes.</summary>
internal static class MarkupParser
{
    // Reused per thread: inline text with escapes or bold is rebuilt character by character.
    [ThreadStatic]
    private static StringBuilder? scratch;

    /// <summary>Parses rendered template text into lines; blank lines are dropped, surrounding spaces trimmed.</summary>
    public static IReadOnlyList<MarkupLine> Parse(string text)
    {
        var lines = new List<MarkupLine>();
        var number = 0;
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim(" \t\r");
            number++;
            if (line.Length > 0)
            {
                var depth = 0;
                while (depth < line.Length && line[depth] == Templates.NarrativeMarkup.Heading)
                {
                    depth++;
                }
                var runIn = depth > 0 && depth < line.Length && line[depth] == Templates.NarrativeMarkup.RunIn;
                var content = line[(depth + (runIn ? 1 : 0))..].TrimStart(" \t");
                lines.Add(new MarkupLine(depth, runIn, ParseInlines(content, null), number));
            }
            if (end < 0)
            {
                return lines;
            }
            rest = rest[(end + 1)..];
        }
    }

    /// <summary>Splits text into plain and bold runs, resolving escapes.</summary>
    public static IReadOnlyList<InlineText> ParseInlines(string content) => ParseInlines(content, content);

    // whole is the content as a string when there is one, so plain text is not copied again.
    private static IReadOnlyList<InlineText> ParseInlines(ReadOnlySpan<char> content, string? whole)
    {
        if (content.IndexOfAny(Templates.NarrativeMarkup.Escape, Templates.NarrativeMarkup.Emphasis) < 0)
        {
            // Most paragraphs are plain: one run, no rebuilding.
            return content.Length == 0 ? [] : [new InlineText(whole ?? content.ToString())];
        }
        var runs = new List<InlineText>();
        var current = scratch ??= new StringBuilder(256);
        current.Clear();
        var bold = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == Templates.NarrativeMarkup.Escape && i + 1 < content.Length)
            {
                current.Append(content[++i]);
            }
            else if (c == Templates.NarrativeMarkup.Emphasis && i + 1 < content.Length && content[i + 1] == Templates.NarrativeMarkup.Emphasis)
            {
                Flush(runs, current, bold);
                bold = !bold;
                i++;
            }
            else
            {
                current.Append(c);
            }
        }
        Flush(runs, current, bold);
        return runs;
    }

    private static void Flush(List<InlineText> runs, StringBuilder current, bool bold)
    {
        if (current.Length > 0)
        {
            runs.Add(new InlineText(current.ToString(), bold));
            current.Clear();
        }
    }
}
