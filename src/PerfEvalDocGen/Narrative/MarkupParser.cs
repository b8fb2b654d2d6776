using System.Text;

namespace PerfEvalDocGen.Narrative;

/// <summary>Reads the light markup a section template renders to: one paragraph a line, '#' headings, '**' bold, '\' escapes.</summary>
internal static class MarkupParser
{
    /// <summary>Parses rendered template text into lines; blank lines are dropped, surrounding spaces trimmed.</summary>
    public static IReadOnlyList<MarkupLine> Parse(string text)
    {
        var lines = new List<MarkupLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim(' ', '\t', '\r');
            if (line.Length == 0)
            {
                continue;
            }
            var depth = 0;
            while (depth < line.Length && line[depth] == Templates.NarrativeMarkup.Heading)
            {
                depth++;
            }
            var runIn = depth > 0 && depth < line.Length && line[depth] == Templates.NarrativeMarkup.RunIn;
            var content = line[(depth + (runIn ? 1 : 0))..].TrimStart(' ', '\t');
            lines.Add(new MarkupLine(depth, runIn, ParseInlines(content), number));
        }
        return lines;
    }

    /// <summary>Splits text into plain and bold runs, resolving escapes.</summary>
    public static IReadOnlyList<InlineText> ParseInlines(string content)
    {
        var runs = new List<InlineText>();
        var current = new StringBuilder();
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
