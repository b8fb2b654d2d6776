using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEvalDocGen.Figures;

/// <summary>A target as written (≥10次, ≤4073.53万, ≧98%): its direction and number; anything else is qualitative.</summary>
public sealed partial record IndicatorTarget(bool HigherIsBetter, decimal Value)
{
    /// <summary>Reads a quantitative target; null for qualitative text such as 出台 or 较大改善.</summary>
    public static IndicatorTarget? Parse(string? target)
    {
        var match = target is null ? Match.Empty : Comparison().Match(target);
        if (!match.Success)
        {
            return null;
        }
        var higher = match.Groups[1].Value is "≥" or "≧" or ">=" or ">" or "＞";
        return new IndicatorTarget(higher, decimal.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The first number in an actual value as written (18次, ≧95%, 4073.53万元).</summary>
    public static decimal? FirstNumber(string? text)
    {
        var match = text is null ? Match.Empty : Number().Match(text);
        return match.Success ? decimal.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\s*(≥|≧|>=|>|＞|≤|≦|<=|<|＜)\s*(\d+(?:\.\d+)?)")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
