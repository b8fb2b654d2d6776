using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfEvalDocGen.Figures;

/// <summary>
/// A target or actual value as people write it — "≥12,600平方米", "≤0%", "-2.3%", "3,320元", "≧98%", "不低于95%" —
/// read into its comparison sign (if any), signed number and unit.
/// </summary>
public sealed partial record Quantity(Comparison Comparison, decimal Value, string Unit)
{
    /// <summary>Reads <paramref name="text"/>; null when it does not start with a number (after an optional comparison), as 出台 or 较大改善 do.</summary>
    public static Quantity? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var match = Shape().Match(Normalize(text));
        if (!match.Success)
        {
            return null;
        }
        var comparison = ComparisonOf(match.Groups["cmp"].Value);
        var digits = match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        if (match.Groups["sign"].Value == "-")
        {
            value = -value;
        }
        // "95%以上", "5%以内": the comparison written after the figure; a remark in brackets is not part of the unit.
        var unit = Remark().Replace(match.Groups["unit"].Value, "").Trim();
        foreach (var (word, trailing) in TrailingComparisons)
        {
            if (unit.EndsWith(word, StringComparison.Ordinal))
            {
                unit = unit[..^word.Length].Trim();
                comparison = comparison == Comparison.None ? trailing : comparison;
                break;
            }
        }
        return new Quantity(comparison, value, unit);
    }

    private static readonly (string Word, Comparison Comparison)[] TrailingComparisons =
        [("以上", Comparison.AtLeast), ("及以上", Comparison.AtLeast), ("以内", Comparison.AtMost), ("以下", Comparison.AtMost)];

    /// <summary>Whether the text starts like a number (a comparison, a sign or a digit) though it may not read as one.</summary>
    public static bool LooksQuantitative(string? text) =>
        text is not null && LeadingSign().IsMatch(Normalize(text));

    /// <summary>
    /// This value in the unit of <paramref name="other"/>: equal units (or one side without a unit) compare directly,
    /// 万/亿 before a shared unit scale it (1.2万元 = 12000元); null when the units differ otherwise (次 against 人).
    /// </summary>
    public decimal? In(Quantity other)
    {
        if (Unit.Length == 0 || other.Unit.Length == 0 || Unit == other.Unit)
        {
            return Value;
        }
        var (mine, myScale) = Scaled(Unit);
        var (theirs, theirScale) = Scaled(other.Unit);
        // "≤4073.53万" against "4073.53万元": a bare 万 leaves the unit unsaid.
        return mine == theirs || mine.Length == 0 || theirs.Length == 0 ? Value * myScale / theirScale : null;
    }

    private static (string Unit, decimal Scale) Scaled(string unit) => unit switch
    {
        ['万', .. var rest] when rest.Length > 0 => (rest, 10_000m),
        ['亿', .. var rest] when rest.Length > 0 => (rest, 100_000_000m),
        "万" => ("", 10_000m),
        "亿" => ("", 100_000_000m),
        _ => (unit, 1m),
    };

    private static Comparison ComparisonOf(string sign) => sign switch
    {
        "≥" or "≧" or ">=" or ">" or "不低于" or "不少于" or "大于等于" or "达到" => Comparison.AtLeast,
        "≤" or "≦" or "<=" or "<" or "不高于" or "不超过" or "不多于" or "小于等于" or "控制在" => Comparison.AtMost,
        "=" => Comparison.Equal,
        _ => Comparison.None,
    };

    // Full-width digits, signs and separators as an input method types them; the thousands comma only between digits.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '％' => '%',
                '－' or '−' or '—' => '-',
                '＋' => '+',
                '＞' => '>',
                '＜' => '<',
                '＝' => '=',
                _ => c,
            });
        }
        return ThousandsComma().Replace(builder.ToString(), ",");
    }

    [GeneratedRegex(@"^(?<cmp>≥|≧|>=|>|≤|≦|<=|<|=|不低于|不少于|大于等于|达到|不高于|不超过|不多于|小于等于|控制在)?\s*(?<sign>[+-])?\s*(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>[^\d]*)$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Remark();

    [GeneratedRegex(@"^(?:≥|≧|>=|>|≤|≦|<=|<|=|不低于|不少于|大于等于|达到|不高于|不超过|不多于|小于等于|控制在|[+-]?\s*\d)")]
    private static partial Regex LeadingSign();

    [GeneratedRegex(@"(?<=\d)[，,](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsComma();
}
