namespace PerfEvalDocGen.WordMarkup;

/// <summary>Estimates how many lines a text takes, counting a Chinese character as one unit and a half-width one as half.</summary>
internal static class TextLines
{
    /// <summary>Lines of <paramref name="text"/> at <paramref name="capacity"/> full-width characters a line; each '\n' starts a line.</summary>
    public static int Estimate(string text, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        var lines = 0;
        // Counted in half units, so no fractions: a line of h halves takes ceil((h / 2 + slack) / capacity) lines.
        var halves = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines += Lines(halves, capacity);
                halves = 0;
            }
            else if (c != '\r')
            {
                halves += c < 0x2E80 && c is not ('—' or '…' or '“' or '”' or '‘' or '’') ? 1 : 2;
            }
        }
        return lines + Lines(halves, capacity);
    }

    private static int Lines(int halves, int capacity)
    {
        // A line-end mark that may not start a line takes its character along, so allow one unit of slack.
        var slack = halves > 2 * capacity ? 2 : 0;
        return Math.Max(1, (int)(((long)halves + slack + 2L * capacity - 1) / (2L * capacity)));
    }
}
