using System.Globalization;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Narrative;

/// <summary>Numbers headings in document order from the layout's patterns, so a left-out section never leaves a gap.</summary>
internal sealed class HeadingNumbering(HeadingStyles styles)
{
    private readonly int[] counters = new int[8];

    public string Next(int level)
    {
        var index = Math.Clamp(level, 1, counters.Length) - 1;
        counters[index]++;
        Array.Clear(counters, index + 1, counters.Length - index - 1);
        var n = counters[index];
        return styles[level].Number
            .Replace("{cn}", TemplateFunctions.ChineseNumber(n), StringComparison.Ordinal)
            .Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
