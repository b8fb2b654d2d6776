using System.Globalization;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>A duration in Chinese, its two largest units (如“2 分 5 秒”“812 毫秒”), without needing the machine's culture data.</summary>
internal static class DurationText
{
    public static string Of(TimeSpan duration)
    {
        var parts = new (long Value, string Unit)[]
        {
            ((long)duration.TotalHours, "小时"), (duration.Minutes, "分"), (duration.Seconds, "秒"), (duration.Milliseconds, "毫秒"),
        };
        var first = Array.FindIndex(parts, p => p.Value > 0);
        if (first < 0)
        {
            return "0 毫秒";
        }
        return string.Join(" ", parts.Skip(first).Take(2).Where(p => p.Value > 0)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value} {p.Unit}")));
    }
}
