using System.Globalization;
using System.Text;

namespace PerfEvalDocGen.Validation.Json;

/// <summary>
/// Judges the raw text of a number as typed: the standard JSON form (RFC 8259) gives a value; the forms people type by
/// habit (055, -07, 0x37, 55., .5, +5, full-width digits, NaN, Infinity) give a reason and the standard form meant.
/// </summary>
internal static class NumberText
{
    /// <summary>How a number's text was read.</summary>
    /// <param name="Value">The value (long or decimal) when it could be worked out, else null.</param>
    /// <param name="Problem">Why the text is not a standard JSON number, or null when it is.</param>
    /// <param name="Meant">The standard form the text most likely means, when there is one.</param>
    /// <param name="OutOfRange">Whether the text is a standard number too large or too small to hold.</param>
    internal readonly record struct Reading(object? Value, string? Problem, string? Meant, bool OutOfRange = false);

    /// <summary>Whether <paramref name="c"/> can be part of a number's raw text (letters included, to take in 0x37, NaN, 1e5).</summary>
    public static bool IsNumberChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-' || IsFullWidthNumberChar(c);

    /// <summary>Whether <paramref name="c"/> can start a number.</summary>
    public static bool CanStart(char c) => char.IsAsciiDigit(c) || c is '-' or '+' or '.' || IsFullWidthNumberChar(c);

    private static bool IsFullWidthNumberChar(char c) => c is (>= '０' and <= '９') or '．' or '－' or '＋';

    /// <summary>Reads <paramref name="raw"/>; null when not even a non-standard number (then it is a number followed by other text).</summary>
    public static Reading? Read(string raw)
    {
        if (IsStandard(raw))
        {
            return Parse(raw) is { } value ? new Reading(value, null, null) : new Reading(null, null, null, OutOfRange: true);
        }
        var reasons = new List<string>();
        var text = raw;
        if (text.Any(IsFullWidthNumberChar))
        {
            text = string.Concat(text.Select(ToHalfWidth));
            reasons.Add("使用了全角数字或符号");
        }
        var sign = "";
        if (text.StartsWith('+'))
        {
            text = text[1..];
            reasons.Add("数字前不能加“+”号");
        }
        else if (text.StartsWith('-'))
        {
            sign = "-";
            text = text[1..];
        }
        var bare = text.ToLowerInvariant();
        if (bare is "nan")
        {
            return new Reading(null, "NaN（非数字）不能作为数值；未填写请写 null", "null");
        }
        if (bare is "infinity" or "inf")
        {
            return new Reading(null, "无穷大不能作为数值；未填写请写 null", "null");
        }
        if (bare.StartsWith("0x", StringComparison.Ordinal) && bare.Length > 2
            && long.TryParse(bare[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex >= 0)
        {
            var meant = sign + hex.ToString(CultureInfo.InvariantCulture);
            return Finish(raw, reasons.Append("不能使用十六进制写法").ToList(), meant);
        }
        if (text.StartsWith('.'))
        {
            text = "0" + text;
            reasons.Add("小数点前须有数字");
        }
        var dot = text.IndexOf('.');
        var integerEnd = dot >= 0 ? dot : text.IndexOfAny(['e', 'E']) is >= 0 and var e ? e : text.Length;
        if (integerEnd > 1 && text[0] == '0' && text[..integerEnd].All(char.IsAsciiDigit))
        {
            var trimmed = text[..integerEnd].TrimStart('0');
            text = (trimmed.Length == 0 ? "0" : trimmed) + text[integerEnd..];
            reasons.Add("数字不能以 0 开头");
        }
        if (text.EndsWith('.') || text.Contains(".e", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Replace(".e", "e", StringComparison.Ordinal).Replace(".E", "E", StringComparison.Ordinal).TrimEnd('.');
            reasons.Add("小数点后须有数字");
        }
        var standard = sign + text;
        return reasons.Count > 0 && IsStandard(standard) ? Finish(raw, reasons, standard) : null;
    }

    private static Reading Finish(string raw, List<string> reasons, string meant) =>
        new(Parse(meant), $"{raw} 不是有效的数字写法：{string.Join("，", reasons)}", meant);

    private static char ToHalfWidth(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '．' => '.',
        '－' => '-',
        '＋' => '+',
        _ => c,
    };

    /// <summary>Whether <paramref name="text"/> is a number as RFC 8259 writes it: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?.</summary>
    public static bool IsStandard(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }
        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }
        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        if (i < text.Length && text[i] == '.')
        {
            var start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i == start)
            {
                return false;
            }
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i == start)
            {
                return false;
            }
        }
        return i == text.Length;
    }

    /// <summary>The value of a standard number: a long when it is written without fraction or exponent and fits, else a decimal; null when out of range.</summary>
    public static object? Parse(string text)
    {
        if (!text.AsSpan().ContainsAny('.', 'e', 'E') && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        // decimal rounds a value below 1e-28 to 0: a non-zero figure read as 0 is out of range too.
        if (value == 0 && Mantissa(text).Any(c => c is >= '1' and <= '9'))
        {
            return null;
        }
        return value;
    }

    private static string Mantissa(string text)
    {
        var e = text.IndexOfAny(['e', 'E']);
        return e < 0 ? text : text[..e];
    }

    /// <summary>The text with its thousands separators removed, e.g. 4,388.17 → 4388.17.</summary>
    public static string WithoutSeparators(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != ',')
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
