namespace PerfEvalDocGen.Tables;

/// <summary>Declares a table's columns: constant widths in twips, relative ones sharing the rest.</summary>
public sealed class ColumnsBuilder
{
    private readonly List<(int Twips, decimal Share)> definitions = [];

    internal ColumnsBuilder()
    {
    }

    /// <summary>A column of a fixed width in twips.</summary>
    public ColumnsBuilder Constant(int twips)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(twips);
        definitions.Add((twips, 0m));
        return this;
    }

    /// <summary>A column taking <paramref name="share"/> parts of the width left by constant columns.</summary>
    public ColumnsBuilder Relative(decimal share = 1m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        definitions.Add((0, share));
        return this;
    }

    /// <summary>Whole-twip widths adding up to exactly <paramref name="total"/>.</summary>
    internal int[] Resolve(int total)
    {
        if (definitions.Count == 0)
        {
            throw new InvalidOperationException("表格没有定义列：Columns(...) 至少要有一列。");
        }
        var fixedWidth = definitions.Sum(d => d.Twips);
        var shares = definitions.Sum(d => d.Share);
        var free = total - fixedWidth;
        if (free < 0 || (shares == 0 && free != 0))
        {
            throw new InvalidOperationException($"固定列宽之和 {fixedWidth} 与表格宽度 {total} 不符。");
        }
        var exact = definitions.Select(d => d.Share > 0 ? free * d.Share / shares : d.Twips).ToArray();
        var widths = exact.Select(x => (int)Math.Floor(x)).ToArray();

        // Largest remainder: the twips lost to flooring go one each to the columns that lost most, ties to the leftmost,
        // so no column is off by more than a twip and the same declaration always gives the same grid.
        var leftover = total - widths.Sum();
        foreach (var i in Enumerable.Range(0, widths.Length).OrderByDescending(i => exact[i] - widths[i]).ThenBy(i => i).Take(leftover))
        {
            widths[i]++;
        }
        var empty = Array.IndexOf(widths, 0);
        if (empty >= 0)
        {
            throw new InvalidOperationException($"第{empty + 1}列宽度不足 1 缇：表格宽度 {total} 容不下所有列。");
        }
        return widths;
    }
}
