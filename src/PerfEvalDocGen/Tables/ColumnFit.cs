using System.Text.RegularExpressions;

namespace PerfEvalDocGen.Tables;

/// <summary>
/// Column widths from content, shared by the tables that must line up (a form's head and its indicator grid):
/// starting from the declared shares, each column is widened until its short labels (a four-character word, (万元))
/// fit on one line and no figure (≥4073.53, 100.00%) is broken, taking the width from columns with room to spare.
/// Where the text block cannot hold every need, the needs are scaled down together.
/// </summary>
public sealed partial class ColumnFit
{
    /// <summary>Labels up to this many full-width characters (a four-character word) stay on one line; longer ones wrap.</summary>
    private const decimal ShortLabel = 4m;

    // About 1 mm each side (TableXml's cell margin) and a little for rounding in the renderer.
    private const int Padding = 2 * 57 + 30;

    private readonly List<TableBuilder> tables = [];
    private int[]? widths;

    internal void Add(TableBuilder table)
    {
        if (tables.Count > 0 && tables[0].DeclaredWidths.Count != table.DeclaredWidths.Count)
        {
            throw new InvalidOperationException("共用列宽的表格列数必须相同。");
        }
        tables.Add(table);
        widths = null;
    }

    /// <summary>The shared widths in twips, adding up to the first table's width.</summary>
    internal IReadOnlyList<int> Widths => widths ??= Compute();

    private int[] Compute()
    {
        var declared = tables[0].DeclaredWidths.Select(w => (decimal)w).ToArray();
        var total = declared.Sum();
        var count = declared.Length;
        var cap = total * 0.4m;
        var lower = new decimal[count];
        // Labels across several columns, with their needs, for the passes below.
        var spanning = new List<(CellBuilder Cell, decimal Need)>();
        foreach (var table in tables)
        {
            foreach (var cell in table.DeclaredCells)
            {
                var need = Math.Min(cap, Need(table, cell));
                if (cell.Columns == 1)
                {
                    lower[cell.Column - 1] = Math.Max(lower[cell.Column - 1], need);
                }
                else
                {
                    spanning.Add((cell, need));
                }
            }
        }
        var current = Fit(declared, lower, total);
        // A label across several columns needs their sum: raise those columns in proportion, then fit again.
        for (var pass = 0; pass < 3; pass++)
        {
            var raised = false;
            foreach (var (cell, need) in spanning)
            {
                var first = cell.Column - 1;
                var end = first + cell.Columns;
                // Summed from 0m in column order, as Enumerable.Sum does, so the figures stay exactly as they were.
                var width = 0m;
                for (var i = first; i < end; i++)
                {
                    width += current[i];
                }
                if (need > width + 1)
                {
                    for (var i = first; i < end; i++)
                    {
                        lower[i] = Math.Max(lower[i], current[i] * need / width);
                    }
                    raised = true;
                }
            }
            if (!raised)
            {
                break;
            }
            current = Fit(current, lower, total);
        }
        return Round(current, (int)total);
    }

    /// <summary>Raises each column to its lower bound, taking the width from the columns' room above their bounds.</summary>
    private static decimal[] Fit(decimal[] start, decimal[] lower, decimal total)
    {
        var needs = lower.Sum();
        if (needs >= total)
        {
            return lower.Select(l => l * total / needs).ToArray();
        }
        var raised = start.Select((w, i) => Math.Max(w, lower[i])).ToArray();
        var excess = raised.Sum() - total;
        var room = raised.Select((w, i) => w - lower[i]).ToArray();
        var roomTotal = room.Sum();
        return raised.Select((w, i) => roomTotal == 0 ? w : w - excess * room[i] / roomTotal).ToArray();
    }

    private static int[] Round(decimal[] exact, int total)
    {
        var result = exact.Select(x => (int)Math.Floor(x)).ToArray();
        foreach (var i in Enumerable.Range(0, result.Length).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i).Take(total - result.Sum()))
        {
            result[i]++;
        }
        return result;
    }

    /// <summary>The width a cell needs in twips: its short lines whole, and the longest figure of longer ones.</summary>
    private static decimal Need(TableBuilder table, CellBuilder cell)
    {
        var size = cell.Size ?? table.TableFont.Size;
        var ems = 0m;
        foreach (var text in cell.Lines)
        {
            // Each '\n' starts a line; a '\r' is dropped first, so the characters around it count as neighbours.
            var rest = text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r", "", StringComparison.Ordinal).AsSpan() : text.AsSpan();
            while (true)
            {
                var end = rest.IndexOf('\n');
                var line = end < 0 ? rest : rest[..end];
                var whole = Ems(line);
                ems = Math.Max(ems, whole <= ShortLabel ? whole : LongestFigure(line));
                if (end < 0)
                {
                    break;
                }
                rest = rest[(end + 1)..];
            }
        }
        return ems == 0 ? 0 : ems * size * 20m + Padding;
    }

    // The widest unbreakable run of a long line, 0 when it has none.
    private static decimal LongestFigure(ReadOnlySpan<char> line)
    {
        var widest = 0m;
        var any = false;
        foreach (var match in Unbreakable().EnumerateMatches(line))
        {
            var ems = Ems(line.Slice(match.Index, match.Length));
            widest = any ? Math.Max(widest, ems) : ems;
            any = true;
        }
        return widest;
    }

    /// <summary>
    /// Width in ems: Chinese characters and full-width marks one; digits, letters and signs as in Times New Roman; and
    /// the quarter em Word and LibreOffice put between a digit or letter and a Chinese character (w:autoSpaceDN/DE).
    /// Counted in hundredths of an em and returned with two decimals.
    /// </summary>
    private static decimal Ems(ReadOnlySpan<char> text)
    {
        var hundredths = 0;
        for (var i = 0; i < text.Length; i++)
        {
            hundredths += Glyph(text[i]);
            if (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]) != char.IsAsciiLetterOrDigit(text[i]) && (IsChinese(text[i - 1]) || IsChinese(text[i])))
            {
                hundredths += 25;
            }
        }
        return new decimal(hundredths, 0, 0, false, 2);
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static int Glyph(char c) => c switch
    {
        '.' or ',' or ':' or ' ' => 25,
        '(' or ')' or '-' or '/' => 34,
        '%' => 84,
        '≥' or '≤' or '≧' or '≦' or '<' or '>' or '=' or '+' => 57,
        >= 'A' and <= 'Z' or 'm' or 'w' or '²' or '㎡' => 75,
        < (char)0x2000 => 50,
        _ => 100,
    };

    /// <summary>A run of digits, letters and signs (≥4073.53, 100.00%); its unit may go to the next line whole.</summary>
    [GeneratedRegex(@"[（(]?[≥≤≧≦<>=]?[0-9A-Za-z.,:%㎡²+\-/]+[）)]?")]
    private static partial Regex Unbreakable();
}
