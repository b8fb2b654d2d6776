namespace PerfEvalDocGen.Tables;

/// <summary>Checks font sizes before they reach w:sz, which counts whole half-points.</summary>
internal static class FontSizes
{
    // Word's own ceiling; anything above it is a typo, not a form.
    private const decimal MaxPoints = 1638m;

    public static decimal Require(decimal points, string parameter)
    {
        if (points <= 0 || points > MaxPoints || decimal.Remainder(points * 2, 1) != 0)
        {
            throw new ArgumentOutOfRangeException(parameter, points, $"字号必须是 0.5 磅的整数倍，且在 0.5 到 {MaxPoints} 磅之间。");
        }
        return points;
    }
}
