using PerfEvalDocGen.DataFormat;
using System.Collections;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>
/// Walks a table's rows in order, placing every cell through a <see cref="RowPlacer"/>. Printing, it declares the
/// cells on the table builder with the unit's values; checking (no values), it lays the table out with every list
/// <see cref="dryCount"/> items long, to find rows that do not add up before any unit is printed.
/// </summary>
internal sealed class TableWalker
{
    private readonly RowPlacer placer;
    private readonly Action<Position, string, string> report;
    private readonly TableBuilder? builder;
    private readonly int dryCount;
    private readonly Func<CellDescription, FormValues, CellBuilder, CellBuilder>? fill;
    private bool rowOpen;

    private TableWalker(int columns, Action<Position, string, string> report, TableBuilder? builder, int dryCount, Func<CellDescription, FormValues, CellBuilder, CellBuilder>? fill)
    {
        placer = new RowPlacer(columns, report);
        this.report = report;
        this.builder = builder;
        this.dryCount = dryCount;
        this.fill = fill;
    }

    /// <summary>Declares <paramref name="table"/>'s cells on <paramref name="builder"/>, with <paramref name="fill"/> setting each cell's text.</summary>
    public static void Print(TableDescription table, TableBuilder builder, FormValues values, Func<CellDescription, FormValues, CellBuilder, CellBuilder> fill, Action<Position, string, string> report)
    {
        var walker = new TableWalker(table.Columns.Count, report, builder, 0, fill);
        walker.Rows(table.Rows, values);
        walker.placer.End(table.At);
    }

    /// <summary>Lays <paramref name="table"/> out with every list <paramref name="count"/> items long, reporting what does not fit.</summary>
    public static void Check(TableDescription table, int count, Action<Position, string, string> report)
    {
        var walker = new TableWalker(table.Columns.Count, report, null, count, null);
        walker.Rows(table.Rows, null);
        walker.placer.End(table.At);
    }

    private void Rows(IReadOnlyList<RowDescription> rows, FormValues? values)
    {
        foreach (var row in rows)
        {
            switch (row)
            {
                case FixedRow fixedRow:
                    OneRow(fixedRow.At, fixedRow.Cells, values);
                    break;
                case RepeatedRows repeated:
                    var items = Items(repeated.Each, values);
                    if (items.Count == 0 && repeated.WhenEmpty is { } empty)
                    {
                        OneRow(repeated.At, empty, values);
                    }
                    for (var i = 0; i < items.Count; i++)
                    {
                        OneRow(repeated.At, repeated.Cells, values?.Inside(repeated.As, items[i], repeated.Index, i));
                    }
                    break;
                case RowGroup group:
                    var count = Count(group.Rows, values);
                    if (count == 0)
                    {
                        break;
                    }
                    StartRow();
                    Cell(group.Label with { RowSpan = count }, values);
                    rowOpen = true;
                    Rows(group.Rows, values);
                    break;
                case IndicatorGridRows grid:
                    Grid(grid, values);
                    break;
            }
        }
    }

    private void OneRow(Position at, IReadOnlyList<CellDescription> cells, FormValues? values)
    {
        StartRow();
        foreach (var cell in cells)
        {
            Cell(cell, values);
        }
        placer.EndRow(at);
    }

    private void StartRow()
    {
        if (rowOpen)
        {
            rowOpen = false;
            return;
        }
        placer.NewRow();
    }

    private void Cell(CellDescription cell, FormValues? values)
    {
        if (placer.Place(cell.At, cell.ColumnSpan, cell.RowSpan) is not var (row, column) || builder is null)
        {
            return;
        }
        var declared = builder.Cell(row, column);
        if (cell.ColumnSpan > 1)
        {
            declared.ColumnSpan(cell.ColumnSpan);
        }
        if (cell.RowSpan > 1)
        {
            declared.RowSpan(cell.RowSpan);
        }
        fill!(cell, values!, declared);
    }

    private void Grid(IndicatorGridRows grid, FormValues? values)
    {
        var (indicators, groups) = values is null
            ? (Enumerable.Repeat(new Indicator(), dryCount).ToList(), (IReadOnlyList<IndicatorGroupFigures>)[])
            : GridRows(grid, values);
        if (indicators.Select(i => i.Level1).FirstOrDefault(level1 => values is not null && groups.All(g => g.Name != level1)) is { } missing)
        {
            // The grid prints each 一级 with the weight summed in groups: the two lists must come from the same indicators.
            Report(grid.At, "PE324", $"指标表的 indicators 与 groups 不对应：一级指标“{missing}”在 groups 中没有合计。");
            return;
        }
        StartRow();
        var first = placer.Row;
        var last = first + indicators.Count;
        for (var r = first; r <= last; r++)
        {
            if (placer.FreeIn(r) != IndicatorGridRows.Columns)
            {
                placer.Fill(r, r);
                Report(grid.At, "PE325", $"指标表（indicatorGrid）每行占 {IndicatorGridRows.Columns} 列，但表格第{r}行余下 {placer.FreeIn(r)} 列可用。");
                return;
            }
        }
        if (builder is not null)
        {
            IndicatorGrid.Header(builder, grid.ScoreHeader.Render(values!.Context.Model, values.Variables()));
            IndicatorGrid.Rows(builder, indicators, groups, values!.Context.TextHeight);
        }
        placer.Fill(first, last);
    }

    private void Report(Position at, string code, string message) => report(at, code, message);

    private static (IReadOnlyList<Indicator>, IReadOnlyList<IndicatorGroupFigures>) GridRows(IndicatorGridRows grid, FormValues values)
    {
        var indicators = grid.Indicators.Resolve(values, out var absent) as IReadOnlyList<Indicator>;
        var groups = grid.Groups.Resolve(values, out var groupsAbsent) as IReadOnlyList<IndicatorGroupFigures>;
        if (grid.BlankWhenAbsent && (absent || groupsAbsent))
        {
            return (BlankIndicators.Rows, BlankIndicators.Groups);
        }
        return (indicators ?? [], groups ?? []);
    }

    private IReadOnlyList<object?> Items(FormPath each, FormValues? values)
    {
        if (values is null)
        {
            return Enumerable.Repeat<object?>(null, dryCount).ToList();
        }
        return each.Resolve(values, out _) switch
        {
            // A list of objects is read as it is (the data is not changed while a form prints), not copied.
            IReadOnlyList<object?> items => items,
            IList list => list.Cast<object?>().ToList(),
            _ => [],
        };
    }

    private int Count(IReadOnlyList<RowDescription> rows, FormValues? values)
    {
        var count = 0;
        foreach (var row in rows)
        {
            count += row switch
            {
                FixedRow => 1,
                RepeatedRows repeated => Math.Max(Items(repeated.Each, values).Count, repeated.WhenEmpty is null ? 0 : 1),
                RowGroup group => Count(group.Rows, values),
                IndicatorGridRows grid => 1 + (values is null ? dryCount : GridRows(grid, values).Item1.Count),
                _ => 0,
            };
        }
        return count;
    }
}
