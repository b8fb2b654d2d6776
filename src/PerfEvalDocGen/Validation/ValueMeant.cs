using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Plausibility;

namespace PerfEvalDocGen.Validation;

/// <summary>
/// What a value written the everyday way was meant to be, for the suggestion of a type or date error: "4,073.53万元"
/// in quotes is the number 4073.53, "９７人" is 97, "2024年5月28日" and "2024.5.28" are 2024-05-28; "2024/13/01" says
/// which part is impossible.
/// </summary>
internal static partial class ValueMeant
{
    /// <summary>The suggestion for a number written as text, or null when no number can be read from it.</summary>
    public static string? Number(string text, FigureKind kind, bool whole)
    {
        var match = NumberWithUnit().Match(Narrow(text));
        if (!match.Success || !decimal.TryParse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }
        var unit = match.Groups["u"].Value;
        var meant = kind == FigureKind.Amount ? unit switch { "元" => number / 10000m, "亿元" or "亿" => number * 10000m, _ => number } : number;
        if (whole && meant != decimal.Truncate(meant))
        {
            return null;
        }
        var shown = meant.ToString("0.##########", CultureInfo.InvariantCulture);
        var dropped = string.Join("", new[] { match.Groups["n"].Value.Contains(',', StringComparison.Ordinal) ? "千位分隔符" : null, unit.Length > 0 ? $"单位“{unit}”" : null }.Where(s => s is not null).Select((s, i) => (i > 0 ? "和" : "") + s));
        var converted = meant != number ? string.Create(CultureInfo.InvariantCulture, $"；金额单位为万元，{match.Groups["n"].Value}{unit} = {shown} 万元") : "";
        return $"改为 {shown}：数字不加引号{(dropped.Length > 0 ? $"，不写{dropped}" : "")}{converted}。";
    }

    /// <summary>
    /// The suggestion for a date not written as YYYY-MM-DD (or YYYY-MM where a month is enough): the date meant, or what
    /// part of it cannot be; null when no date can be read from it.
    /// </summary>
    public static string? Date(string text, FieldFormat format)
    {
        var match = DateParts().Match(Narrow(text));
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1)
        {
            return null;
        }
        if (month is < 1 or > 12)
        {
            return $"月份 {month} 不存在，核对后写成 {(format == FieldFormat.Date ? "YYYY-MM-DD" : "YYYY-MM")}。";
        }
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month)))
        {
            return $"{year} 年 {month} 月没有 {d} 日，核对后写成 YYYY-MM-DD。";
        }
        if (day is null)
        {
            return format == FieldFormat.Date
                ? string.Create(CultureInfo.InvariantCulture, $"应写到日，如 {year:0000}-{month:00}-01（写成 YYYY-MM-DD）。")
                : string.Create(CultureInfo.InvariantCulture, $"应写为 {year:0000}-{month:00}。");
        }
        return string.Create(CultureInfo.InvariantCulture, $"应写为 {year:0000}-{month:00}-{day:00}。");
    }

    // Full-width digits, points, commas and signs as typed with a Chinese input method, and the spaces around.
    private static string Narrow(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Trim('\u3000'))
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '，' => ',',
                '－' => '-',
                '＋' => '+',
                '％' => '%',
                '／' => '/',
                _ => c,
            });
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<n>[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?<u>亿元|万元|元|亿|万|%|人|名|个|分|年)?$")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"^(?<y>\d{4})\s*[年./\-]\s*(?<m>\d{1,2})\s*(?:[月./\-]\s*(?:(?<d>\d{1,2})\s*[日号]?)?)?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$|^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})?$")]
    private static partial Regex DateParts();
}
