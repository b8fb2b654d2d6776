using System.Globalization;

namespace PerfEvalDocGen.Validation.Plausibility;

/// <summary>
/// The one place the scale conventions and plausible sizes of figures are written: the checks read them and the JSON
/// Schema's descriptions state them (<see cref="Convention"/>).
/// </summary>
internal static class PlausibleLimits
{
    /// <summary>The largest amount, in 万元, a budget unit plausibly reports (100 亿元); beyond it the figure was likely typed in 元.</summary>
    public const decimal LargestAmount = 1_000_000m;

    /// <summary>
    /// The smallest whole-unit total, in 万元, a budget unit plausibly reports (10 万元, less than one salary for a year);
    /// below it (but above 0) the totals were likely typed in 亿元.
    /// </summary>
    public const decimal SmallestUnitTotal = 10m;

    /// <summary>The most people a budget unit plausibly counts; beyond it a digit was likely typed twice or a decimal point dropped.</summary>
    public const decimal LargestCount = 100_000m;

    /// <summary>The range of a percent number.</summary>
    public const decimal LargestPercent = 100m;

    /// <summary>A rate at or below this (but above 0) was likely written as a fraction (0.965 for 96.5%).</summary>
    public const decimal FractionLike = 1m;

    /// <summary>The years a report can be about or dated in.</summary>
    public const int FirstYear = 2000;

    /// <summary>The years a report can be about or dated in.</summary>
    public const int LastYear = 2100;

    /// <summary>The convention of a kind of figure, in Chinese, for the JSON Schema's descriptions; null when there is none to state.</summary>
    public static string? Convention(FigureKind kind) => kind switch
    {
        FigureKind.Amount => string.Create(CultureInfo.InvariantCulture,
            $"单位为万元（不是元），如 1365.61；超过 {LargestAmount:0} 万元（100 亿元）时提示核对是否按元填写。"),
        FigureKind.Percent => "百分数，填 0–100 之间的数，如 96.5 表示 96.5%；不要写成小数 0.965（0 到 1 之间的值会提示核对）。",
        FigureKind.Count => string.Create(CultureInfo.InvariantCulture, $"整数，单位为人；超过 {LargestCount:0} 人时提示核对。"),
        FigureKind.Score => "分，0–100。",
        FigureKind.Year => string.Create(CultureInfo.InvariantCulture, $"四位年份，{FirstYear}–{LastYear}。"),
        _ => null,
    };
}
