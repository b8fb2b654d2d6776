using System.Globalization;

namespace PerfEvalDocGen.Validation.Plausibility;

/// <summary>Whether a figure is on its kind's scale and of a size a budget unit can have; each slip gets the value likely meant.</summary>
internal static class MagnitudeCheck
{
    /// <summary>A warning about a figure: its code, message and suggestion.</summary>
    internal readonly record struct Finding(string Code, string Message, string Suggestion);

    /// <summary>The warning for <paramref name="value"/> of a field titled <paramref name="title"/>, or null when it is plausible.</summary>
    public static Finding? Check(FigureKind kind, string title, decimal value) => kind switch
    {
        FigureKind.Percent when value > 0 && value <= PlausibleLimits.FractionLike => new Finding("PE140",
            Text($"“{title}”为 {value}：百分数应填 0–100 之间的数，{value} 看起来是写成了小数（比例）。"),
            Text($"若为 {value * 100:0.##}%，应写 {value * 100:0.##}；若确为 {value}%，可忽略此提示。")),
        FigureKind.Amount when Math.Abs(value) > PlausibleLimits.LargestAmount => new Finding("PE141",
            Text($"“{title}”为 {value} 万元（即 {value / 10000:0.##} 亿元），超出一般预算单位的规模。"),
            Text($"金额单位为万元：若是按元填写的，应为 {value / 10000:0.00} 万元") + DroppedPoint(value) + "。"),
        FigureKind.Count when value > PlausibleLimits.LargestCount => new Finding("PE142",
            Text($"“{title}”为 {value} 人，超出一般预算单位的规模。"),
            "核对人数，是否多输入了数字或漏了分隔。"),
        _ => null,
    };

    /// <summary>The likely intended value of a percent number over 100, by a dropped decimal point (965 → 96.5), or null.</summary>
    public static decimal? PercentMeant(decimal value)
    {
        for (var meant = value / 10; meant >= 1; meant /= 10)
        {
            if (meant <= PlausibleLimits.LargestPercent)
            {
                return meant;
            }
        }
        return null;
    }

    /// <summary>The likely intended year of a year outside the range (23 → 2023, 20233 → 2023, 2230 → 2023 is not guessed), or null.</summary>
    public static int? YearMeant(decimal value)
    {
        if (value is >= 0 and < 100 && value == decimal.Truncate(value))
        {
            return 2000 + (int)value;
        }
        var digits = decimal.Truncate(Math.Abs(value)).ToString(CultureInfo.InvariantCulture);
        if (digits.Length == 5)
        {
            // A digit typed twice (20233) first, then any one digit too many.
            foreach (var twice in new[] { true, false })
            {
                for (var i = 0; i < digits.Length; i++)
                {
                    var year = int.Parse(digits.Remove(i, 1), CultureInfo.InvariantCulture);
                    if ((!twice || (i + 1 < digits.Length && digits[i] == digits[i + 1])) && year is >= PlausibleLimits.FirstYear and <= PlausibleLimits.LastYear)
                    {
                        return year;
                    }
                }
            }
        }
        return null;
    }

    private static string DroppedPoint(decimal value) =>
        value == decimal.Truncate(value) && Math.Abs(value / 100) <= PlausibleLimits.LargestAmount
            ? Text($"；若漏了小数点，可能为 {value / 100:0.00} 万元") : "";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
