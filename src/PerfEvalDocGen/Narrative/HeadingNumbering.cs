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
            .Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{circled}", Circled(n), StringComparison.Ordinal);
    }

    /// <summary>①–⑳, ㉑–㉟, ㊱–㊿; beyond fifty, (51).</summary>
    public static string Circled(int n) => n switch
    {
        >= 1 and <= 20 => ((char)(0x2460 + n - 1)).ToString(),
        >= 21 and <= 35 => ((char)(0x3251 + n - 21)).ToString(),
        >= 36 and <= 50 => ((char)(0x32B1 + n - 36)).ToString(),
        _ => "(" + n.ToString(CultureInfo.InvariantCulture) + ")",
    };
}
