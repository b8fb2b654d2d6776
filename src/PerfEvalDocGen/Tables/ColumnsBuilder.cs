namespace PerfEvalDocGen.Tables;

/// <summary>Declares a table's columns: constant widths in twips, relative ones sharing the rest.</summary>
public sealed class ColumnsBuilder
{
    internal List<(int Twips, decimal Share)> Definitions { get; } = [];

    /// <summary>A column of a fixed width in twips.</summary>
    public ColumnsBuilder Constant(int twips)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(twips);
        Definitions.Add((twips, 0m));
        return this;
    }

    /// <summary>A column taking <paramref name="share"/> parts of the width left by constant columns.</summary>
    public ColumnsBuilder Relative(decimal share = 1m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        Definitions.Add((0, share));
        return this;
    }

    /// <summary>Resolves widths that add up to exactly <paramref name="total"/>; rounding leftovers go to the last relative column.</summary>
    internal int[] Resolve(int total)
    {
        if (Definitions.Count == 0)
        {
            throw new InvalidOperationException("表格没有定义列。");
        }
        var fixedWidth = Definitions.Sum(d => d.Twips);
        var shares = Definitions.Sum(d => d.Share);
        var free = total - fixedWidth;
        if (free < 0 || (shares == 0 && free != 0))
        {
            throw new InvalidOperationException($"列宽之和 {fixedWidth} 与表格宽度 {total} 不符。");
        }
        var widths = Definitions.Select(d => d.Share > 0 ? (int)Math.Floor(free * d.Share / shares) : d.Twips).ToArray();
        var last = Array.FindLastIndex(widths, _ => true);
        for (var i = Definitions.Count - 1; i >= 0; i--)
        {
            if (Definitions[i].Share > 0)
            {
                last = i;
                break;
            }
        }
        widths[last] += total - widths.Sum();
        return widths;
    }
}
