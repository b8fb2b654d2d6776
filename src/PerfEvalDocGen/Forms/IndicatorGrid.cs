using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tables;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Forms;

/// <summary>Declares the 绩效指标 grid: 一级 and 二级 cells merged over their rows, 三级 merged over equal neighbours.</summary>
internal static class IndicatorGrid
{
    public const string ScoreHeader = "得分";

    // The grid's columns from the right edge of the table: 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因.
    private const int GridColumns = 8;

    // A part of a 一级 group fills at most this share of a page's text height, by a generous estimate: the repeated
    // header row and the estimate's errors take the rest.
    private const decimal PageShare = 0.75m;

    /// <summary>The header row after the "绩效指标" label cell, which the caller places with its row span.</summary>
    public static void Header(TableBuilder table, string scoreHeader = ScoreHeader)
    {
        foreach (var title in new[] { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", scoreHeader, "偏差原因分析及改进措施" })
        {
            table.Cell().Text(title).Bold();
        }
    }

    /// <summary>
    /// The indicator rows; each group's first cell shows its summed weight, e.g. 产出指标\n(50分). A 一级 group kept
    /// together would not fit a page of <paramref name="pageHeight"/> twips is printed in even parts that each fit,
    /// each with its own 一级 and 二级 cells, so no page shows rows under blank labels.
    /// </summary>
    public static void Rows(TableBuilder table, IReadOnlyList<Indicator> indicators, IReadOnlyList<IndicatorGroupFigures> groups, int? pageHeight = null)
    {
        var weights = groups.ToDictionary(g => g.Name, g => g.Weight);
        var parts = pageHeight is { } height ? PartStarts(table, indicators, (int)(height * PageShare)) : [];
        bool Starts(int i) => i == 0 || indicators[i - 1].Level1 != indicators[i].Level1 || parts.Contains(i);
        // The end (exclusive) of the part holding row i.
        int PartEnd(int i)
        {
            var end = i + 1;
            while (end < indicators.Count && !Starts(end))
            {
                end++;
            }
            return end;
        }
        var partEnd = 0;
        for (var i = 0; i < indicators.Count; i++)
        {
            var row = indicators[i];
            var newPart = Starts(i);
            if (newPart)
            {
                partEnd = PartEnd(i);
                var span = partEnd - i;
                var label = table.Cell().RowSpan(span).Text($"{row.Level1}\n({CellText.Score(weights[row.Level1])}分)");
                // A page break inside the merged 一级 cell would leave its rows on the next page without their label:
                // the part's rows are kept together, so the part moves to the next page whole when it does not fit.
                for (var r = label.Row; r < label.Row + span - 1; r++)
                {
                    table.KeepWithNext(r);
                }
            }
            if (newPart || StartsRun(indicators, i, x => (x.Level1, x.Level2)))
            {
                table.Cell().RowSpan(Run(indicators, i, partEnd, x => (x.Level1, x.Level2))).Text(row.Level2);
            }
            // Blank 三级 names are separate rows to fill in by hand, never one merged cell.
            if (row.Level3.Length == 0)
            {
                table.Cell();
            }
            else if (newPart || StartsRun(indicators, i, x => (x.Level1, x.Level2, x.Level3)))
            {
                table.Cell().RowSpan(Run(indicators, i, partEnd, x => (x.Level1, x.Level2, x.Level3))).Text(row.Level3);
            }
            table.Cell().Text(row.Target);
            table.Cell().Text(row.Actual);
            table.Cell().Text(CellText.Score(row.Weight));
            table.Cell().Text(CellText.Score(row.Score));
            table.Cell().Text(row.Deviation).AlignLeft();
        }
    }

    /// <summary>
    /// Rows that start a new part: a 一级 group whose rows are estimated taller than <paramref name="room"/> is cut into
    /// the fewest parts that fit, of even height, so two parts never share a page.
    /// </summary>
    private static HashSet<int> PartStarts(TableBuilder table, IReadOnlyList<Indicator> indicators, int room)
    {
        var starts = new HashSet<int>();
        var heights = indicators.Select(i => RowHeight(table, i)).ToList();
        for (var first = 0; first < indicators.Count;)
        {
            var end = first + 1;
            while (end < indicators.Count && indicators[end].Level1 == indicators[first].Level1)
            {
                end++;
            }
            var total = heights.Skip(first).Take(end - first).Sum();
            var count = (int)Math.Ceiling(total / (double)room);
            if (count > 1)
            {
                var target = total / (double)count;
                var sum = 0;
                for (var r = first; r < end; r++)
                {
                    // A row joins the part when the part stays nearer the target with it than without it.
                    if (sum > 0 && sum + heights[r] / 2.0 > target && starts.Count(s => s > first && s < end) < count - 1)
                    {
                        starts.Add(r);
                        sum = 0;
                    }
                    sum += heights[r];
                }
            }
            first = end;
        }
        return starts;
    }

    /// <summary>A row's height in twips, generously: the most lines of its text cells at the declared column widths.</summary>
    private static int RowHeight(TableBuilder table, Indicator indicator)
    {
        var widths = table.DeclaredWidths;
        var offset = widths.Count - GridColumns;
        var size = table.TableFont.Size;
        var margins = 2 * TableXml.CellMargin(table.Look);
        int Lines(string? text, int column)
        {
            var capacity = Math.Max(1, (int)Math.Floor((widths[offset + column] - margins) / (size * 20m)));
            return string.IsNullOrEmpty(text) ? 1 : TextLines.Estimate(text, capacity);
        }
        var lines = new[] { Lines(indicator.Level3, 2), Lines(indicator.Target, 3), Lines(indicator.Actual, 4), Lines(indicator.Deviation, 7) }.Max();
        return (int)Math.Ceiling(lines * size * 20m * 1.4m) + 30;
    }

    private static bool StartsRun<T>(IReadOnlyList<Indicator> rows, int index, Func<Indicator, T> key) =>
        index == 0 || !EqualityComparer<T>.Default.Equals(key(rows[index - 1]), key(rows[index]));

    private static int Run<T>(IReadOnlyList<Indicator> rows, int start, int limit, Func<Indicator, T> key)
    {
        var end = start + 1;
        while (end < limit && EqualityComparer<T>.Default.Equals(key(rows[end]), key(rows[start])))
        {
            end++;
        }
        return end - start;
    }
}
