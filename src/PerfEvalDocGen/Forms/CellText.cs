using System.Globalization;
using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Forms;

/// <summary>How figures are printed in form cells: two decimals, blank stays blank.</summary>
internal static class CellText
{
    public static string? Money(decimal? value) =>
        value is { } v ? Rounding.Round2(v).ToString("0.00", CultureInfo.InvariantCulture) : null;

    public static string? Percent(decimal? value) =>
        value is { } v ? Rounding.Round2(v).ToString("0.00", CultureInfo.InvariantCulture) + "%" : null;

    /// <summary>A score or weight: whole numbers without decimals, others with two.</summary>
    public static string? Score(decimal? value) =>
        value is { } v ? (v == decimal.Truncate(v) ? decimal.Truncate(v).ToString(CultureInfo.InvariantCulture) : Rounding.Round2(v).ToString("0.00", CultureInfo.InvariantCulture)) : null;

    public static string? Count(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
