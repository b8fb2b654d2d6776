using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms;

/// <summary>Declares the 绩效指标 grid: 一级 and 二级 cells merged over their rows, 三级 merged over equal neighbours.</summary>
internal static class IndicatorGrid
{
    public const string ScoreHeader = "得分";

    /// <summary>The header row after the "绩效指标" label cell, which the caller places with its row span.</summary>
    public static void Header(TableBuilder table, string scoreHeader = ScoreHeader)
    {
        foreach (var title in new[] { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", scoreHeader, "偏差原因分析及改进措施" })
        {
            table.Cell().Text(title).Bold();
        }
    }

    /// <summary>The indicator rows; each group's first cell shows its summed weight, e.g. 产出指标\n(50分).</summary>
    public static void Rows(TableBuilder table, IReadOnlyList<Indicator> indicators, IReadOnlyList<IndicatorGroupFigures> groups)
    {
        var weights = groups.ToDictionary(g => g.Name, g => g.Weight);
        for (var i = 0; i < indicators.Count; i++)
        {
            var row = indicators[i];
            if (i == 0 || indicators[i - 1].Level1 != row.Level1)
            {
                var span = Run(indicators, i, x => x.Level1);
                var label = table.Cell().RowSpan(span).Text($"{row.Level1}\n({CellText.Score(weights[row.Level1])}分)");
                // A page break inside the merged 一级 cell would leave its rows on the next page without their label:
                // the group's rows are kept together, so the group moves to the next page whole when it does not fit.
                for (var r = label.Row; r < label.Row + span - 1; r++)
                {
                    table.KeepWithNext(r);
                }
            }
            if (StartsRun(indicators, i, x => (x.Level1, x.Level2)))
            {
                table.Cell().RowSpan(Run(indicators, i, x => (x.Level1, x.Level2))).Text(row.Level2);
            }
            // Blank 三级 names are separate rows to fill in by hand, never one merged cell.
            if (row.Level3.Length == 0)
            {
                table.Cell();
            }
            else if (StartsRun(indicators, i, x => (x.Level1, x.Level2, x.Level3)))
            {
                table.Cell().RowSpan(Run(indicators, i, x => (x.Level1, x.Level2, x.Level3))).Text(row.Level3);
            }
            table.Cell().Text(row.Target);
            table.Cell().Text(row.Actual);
            table.Cell().Text(CellText.Score(row.Weight));
            table.Cell().Text(CellText.Score(row.Score));
            table.Cell().Text(row.Deviation).AlignLeft();
        }
    }

    private static bool StartsRun<T>(IReadOnlyList<Indicator> rows, int index, Func<Indicator, T> key) =>
        index == 0 || !EqualityComparer<T>.Default.Equals(key(rows[index - 1]), key(rows[index]));

    private static int Run<T>(IReadOnlyList<Indicator> rows, int start, Func<Indicator, T> key)
    {
        var end = start + 1;
        while (end < rows.Count && EqualityComparer<T>.Default.Equals(key(rows[end]), key(rows[start])))
        {
            end++;
        }
        return end - start;
    }
}
