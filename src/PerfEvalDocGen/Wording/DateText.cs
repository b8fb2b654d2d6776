using System.Globalization;

namespace PerfEvalDocGen.Wording;

/// <summary>Formats data dates the official way: Arabic digits, no zero padding, e.g. 2024年5月28日 or 2024年5月.</summary>
public static class DateText
{
    /// <summary>Formats "YYYY-MM-DD" or "YYYY-MM"; throws <see cref="FormatException"/> for anything else.</summary>
    public static string Format(string? isoDate)
    {
        if (TryParse(isoDate, out var year, out var month, out var day))
        {
            return day is { } d ? $"{year}年{month}月{d}日" : $"{year}年{month}月";
        }
        throw new FormatException($"日期“{isoDate}”的格式不对，应写成 YYYY-MM-DD 或 YYYY-MM。");
    }

    /// <summary>Parses "YYYY-MM-DD" or "YYYY-MM" into its parts, checking the calendar.</summary>
    public static bool TryParse(string? isoDate, out int year, out int month, out int? day)
    {
        year = month = 0;
        day = null;
        if (isoDate is null)
        {
            return false;
        }
        if (DateTime.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            (year, month, day) = (full.Year, full.Month, full.Day);
            return true;
        }
        if (DateTime.TryParseExact(isoDate, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var partial))
        {
            (year, month) = (partial.Year, partial.Month);
            return true;
        }
        return false;
    }
}
