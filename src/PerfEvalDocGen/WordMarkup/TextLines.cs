namespace PerfEvalDocGen.WordMarkup;

/// <summary>Estimates how many lines a text takes, counting a Chinese character as one unit and a half-width one as half.</summary>
internal static class TextLines
{
    /// <summary>Lines of <paramref name="text"/> at <paramref name="capacity"/> full-width characters a line; each '\n' starts a line.</summary>
    public static int Estimate(string text, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        var lines = 0;
        foreach (var line in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var units = line.Sum(c => c < 0x2E80 && c is not ('—' or '…' or '“' or '”' or '‘' or '’') ? 0.5m : 1m);
            // A line-end mark that may not start a line takes its character along, so allow one unit of slack.
            lines += Math.Max(1, (int)Math.Ceiling((units + (units > capacity ? 1 : 0)) / capacity));
        }
        return lines;
    }
}
