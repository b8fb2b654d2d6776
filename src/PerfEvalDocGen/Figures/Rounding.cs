namespace PerfEvalDocGen.Figures;

/// <summary>The one rounding policy: two decimals, half away from zero (四舍五入).</summary>
public static class Rounding
{
    /// <summary>Rounds an amount or a score to two decimals.</summary>
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds a nullable amount, keeping blank as blank.</summary>
    public static decimal? Round2(decimal? value) => value is { } v ? Round2(v) : null;

    /// <summary>The ratio of <paramref name="part"/> to <paramref name="whole"/> in percent, two decimals; blank when either is blank or the whole is zero.</summary>
    public static decimal? Percent(decimal? part, decimal? whole) =>
        part is { } p && whole is { } w && w != 0 ? Round2(p / w * 100m) : null;

    /// <summary>The sum of the filled values; blank only when none is filled, so a blank row stays distinct from 0.</summary>
    public static decimal? Sum(IEnumerable<decimal?> values)
    {
        decimal? total = null;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                total = (total ?? 0m) + v;
            }
        }
        return total;
    }

    /// <summary>The sum when every value is filled; blank when any is blank (a total that counts every part, such as 总分).</summary>
    public static decimal? SumAll(IEnumerable<decimal?> values)
    {
        var total = 0m;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                return null;
            }
            total += v;
        }
        return total;
    }
}
