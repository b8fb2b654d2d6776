using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Figures;

/// <summary>
/// What the official formula (official-format §3) makes of one indicator: a score, nothing (qualitative, the
/// evaluator grades it), or the reason it cannot be applied — a value that cannot be read, units that differ,
/// a target the formula has no answer for.
/// </summary>
public sealed record IndicatorScore(decimal? Score, string? Problem)
{
    /// <summary>A qualitative indicator: the unit enters the score.</summary>
    public static IndicatorScore Qualitative { get; } = new(null, null);

    /// <summary>Whether the formula applies and gave a score.</summary>
    public bool IsComputed => Score is not null;

    /// <summary>
    /// 正向: 分值 × min(完成值 ÷ 指标值, 1); 反向: 分值 × min(指标值 ÷ 完成值, 1). The direction is the indicator's
    /// 指标方向, else the target's sign (≥ 正向, ≤ 反向); a target with neither is qualitative. A value that meets
    /// its target scores the weight whatever its sign ("≤0%" met by "-2.3%"); a score never falls below 0.
    /// </summary>
    public static IndicatorScore Of(Indicator indicator)
    {
        var direction = DirectionOf(indicator, out var target);
        if (direction is null)
        {
            return Qualitative;
        }
        if (target is null)
        {
            return new(null, $"指标值“{indicator.Target}”中读不出数字");
        }
        var actual = Quantity.Parse(indicator.Actual);
        if (actual is null)
        {
            return new(null, string.IsNullOrWhiteSpace(indicator.Actual) ? "未填写完成值" : $"完成值“{indicator.Actual}”中读不出数字");
        }
        if (actual.In(target) is not { } a)
        {
            return new(null, $"指标值单位“{target.Unit}”与完成值单位“{actual.Unit}”不同，无法比较");
        }
        if (indicator.Weight is not { } weight)
        {
            return Qualitative;
        }
        var t = target.Value;
        var higher = direction == "正向";
        if (higher ? a >= t : a <= t)
        {
            return new(weight, null);
        }
        // Not met. The ratio only measures the shortfall when both figures lie on the same side of zero as the formula assumes.
        if (higher)
        {
            if (t <= 0)
            {
                return new(null, $"指标值 {t} 不大于 0，正向公式（完成值÷指标值）在未达标时没有意义");
            }
            return new(Rounding.Round2(weight * Math.Max(a / t, 0m)), null);
        }
        if (t < 0)
        {
            return new(null, $"指标值 {t} 小于 0，反向公式（指标值÷完成值）在未达标时没有意义");
        }
        return new(Rounding.Round2(weight * (t / a)), null);
    }

    /// <summary>正向 or 反向 for a quantitative indicator; null for a qualitative one. <paramref name="target"/> is the target read as a number.</summary>
    public static string? DirectionOf(Indicator indicator, out Quantity? target)
    {
        target = Quantity.Parse(indicator.Target);
        var stated = indicator.Direction?.Trim();
        if (stated is "正向" or "反向")
        {
            return stated;
        }
        if (target is null)
        {
            // A sign before something unreadable ("≥ 百分之九十五") still says the indicator is meant to be quantitative.
            return Quantity.LooksQuantitative(indicator.Target) && SignOf(indicator.Target!) is { } sign ? sign : null;
        }
        return target.Comparison switch
        {
            Comparison.AtLeast => "正向",
            Comparison.AtMost => "反向",
            _ => null,
        };
    }

    private static string? SignOf(string text) => text.TrimStart()[0] switch
    {
        '≥' or '≧' or '>' or '＞' => "正向",
        '≤' or '≦' or '<' or '＜' => "反向",
        _ => null,
    };
}
