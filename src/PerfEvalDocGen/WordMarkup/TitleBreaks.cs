namespace PerfEvalDocGen.WordMarkup;

/// <summary>
/// Breaks a title — or a centred cover line, a sign-off's unit — that does not fit one line the way GB/T 9704 asks: lines of even length (a trapezoid or diamond),
/// each word whole. Left to the renderer, a long unit name runs to the margin and breaks inside a word
/// (…经济区管 / 理委员会…, …金鹗 / 山街道…). Words are not known, so the breaks are chosen where Chinese unit names end
/// their parts: after 省 市 区 县 街道 办事处 委员会 中心 年度…, before a （ and after a ）; never inside a number or a
/// Latin word, before a mark that may not start a line or after one that may not end it. A break elsewhere is taken
/// only when no such place gives lines that fit.
/// </summary>
internal static class TitleBreaks
{
    // Costs, in squared half-characters like the evenness measure: a break inside a word outweighs any unevenness.
    private const long InsideWord = 1_000_000;
    private const long InsideParentheses = 400;
    private const long ExtraLine = 2_000;

    /// <summary>Parts that end a unit's name: the best places for a line to end.</summary>
    private static readonly string[] Endings =
    [
        "人民政府", "办事处", "委员会", "管委会", "联合会", "协会", "工会", "指挥部", "中心", "公司", "年度",
    ];

    /// <summary>Parts that end a place or an office within a name (岳阳市 / 岳阳楼区 / 街道 / 办事处): a line may end there.</summary>
    private static readonly string[] Places =
    [
        "街道", "社区", "片区", "新区", "省", "市", "区", "县", "州", "镇", "乡", "村", "局", "厅", "院", "所", "站", "队", "处",
        "办", "部", "委", "室", "馆", "校", "团", "年",
    ];

    // A break after a place costs a little unevenness (about two characters' worth), so a name stays whole where it can.
    private const long AfterPlace = 100;

    /// <summary>Words that hold one of the endings inside or at their start: no break within them.</summary>
    private static readonly string[] Words =
    [
        "人民政府", "办事处", "委员会", "委员", "管委会", "指挥部", "部门", "部署", "办公室", "办公", "办理", "会议", "会计",
        "社会", "市场", "市民", "市政", "区域", "区级", "县级", "县域", "省级", "市级", "镇级", "乡镇", "村级", "处理",
        "所属", "局面", "院落", "年度", "年初", "年末", "团体", "队伍", "站点",
    ];

    private const string NoLineStart = "、，。；：！？）》」』】〕”’…—%％·,.;:!?)]";
    private const string NoLineEnd = "（《「『【〔“‘([";

    /// <summary>
    /// <paramref name="title"/> with each of its lines ('\n' kept) that is wider than <paramref name="capacity"/>
    /// full-width characters broken into even lines; lines that fit are left as they are.
    /// </summary>
    public static string Apply(string title, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        var lines = title.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Halves(lines[i], 0, lines[i].Length) > 2 * capacity)
            {
                lines[i] = string.Join('\n', Break(lines[i], 2 * capacity));
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>The line's pieces: the fewest lines that fit, most even, breaking inside no word where it can.</summary>
    private static List<string> Break(string line, int room)
    {
        var n = line.Length;
        var cost = new long[n + 1];
        for (var b = 1; b < n; b++)
        {
            cost[b] = BreakCost(line, b);
        }
        var total = Halves(line, 0, n);
        var fewest = (int)Math.Ceiling(total / (double)room);
        List<string>? best = null;
        var bestCost = long.MaxValue;
        for (var count = fewest; count <= fewest + 1 && count <= n; count++)
        {
            var (pieces, found) = Best(line, cost, room, count, total / (double)count);
            if (pieces is not null && found + (count - fewest) * ExtraLine < bestCost)
            {
                best = pieces;
                bestCost = found + (count - fewest) * ExtraLine;
            }
        }
        return best ?? [line];
    }

    /// <summary>Dynamic programme over break positions: <paramref name="count"/> lines, each within the room.</summary>
    private static (List<string>? Pieces, long Cost) Best(string line, long[] cost, int room, int count, double mean)
    {
        var n = line.Length;
        // best[k, j]: least cost of the first j characters in k lines; from[k, j]: where the k-th line starts.
        var best = new long[count + 1, n + 1];
        var from = new int[count + 1, n + 1];
        for (var k = 0; k <= count; k++)
        {
            for (var j = 0; j <= n; j++)
            {
                best[k, j] = long.MaxValue;
            }
        }
        best[0, 0] = 0;
        for (var k = 1; k <= count; k++)
        {
            for (var j = 1; j <= n; j++)
            {
                if (j < n && cost[j] == long.MaxValue)
                {
                    continue;
                }
                for (var i = j - 1; i >= 0; i--)
                {
                    var width = Halves(line, i, j);
                    if (width > room)
                    {
                        break;
                    }
                    if (best[k - 1, i] == long.MaxValue || (i > 0 && cost[i] == long.MaxValue) || (i == 0) != (k == 1))
                    {
                        continue;
                    }
                    var deviation = width - mean;
                    var value = best[k - 1, i] + (long)Math.Round(deviation * deviation) + (j < n ? cost[j] : 0);
                    if (value < best[k, j])
                    {
                        best[k, j] = value;
                        from[k, j] = i;
                    }
                }
            }
        }
        if (best[count, n] == long.MaxValue)
        {
            return (null, long.MaxValue);
        }
        var pieces = new List<string>();
        for (int k = count, j = n; k > 0; k--)
        {
            var i = from[k, j];
            pieces.Insert(0, line[i..j]);
            j = i;
        }
        return (pieces, best[count, n]);
    }

    /// <summary>What a break before character <paramref name="b"/> costs; <see cref="long.MaxValue"/> where none may be.</summary>
    private static long BreakCost(string line, int b)
    {
        char before = line[b - 1], after = line[b];
        if (NoLineStart.Contains(after, StringComparison.Ordinal) || NoLineEnd.Contains(before, StringComparison.Ordinal)
            || (char.IsAsciiLetterOrDigit(before) && (char.IsAsciiLetterOrDigit(after) || after is '.' or '%'))
            || (before == '.' && char.IsAsciiDigit(after)))
        {
            return long.MaxValue;
        }
        var inside = Words.Any(word => Spans(line, b, word));
        var ending = !inside && (after is '（' or '(' || before is '）' or ')' || Endings.Any(e => EndsAt(line, b, e))
            || (char.IsAsciiDigit(before) != char.IsAsciiDigit(after) && after is not ('年' or '月' or '日')));
        var place = !inside && !ending && Places.Any(e => EndsAt(line, b, e));
        var parentheses = Depth(line, b) > 0 ? InsideParentheses : 0;
        return (ending ? 0 : place ? AfterPlace : InsideWord) + parentheses;
    }

    private static bool EndsAt(string line, int b, string word) =>
        b >= word.Length && string.CompareOrdinal(line, b - word.Length, word, 0, word.Length) == 0;

    /// <summary>Whether <paramref name="word"/> occurs in the line across the place before character <paramref name="b"/>.</summary>
    private static bool Spans(string line, int b, string word)
    {
        for (var start = Math.Max(0, b - word.Length + 1); start < b && start + word.Length <= line.Length; start++)
        {
            if (string.CompareOrdinal(line, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Parentheses open before character <paramref name="b"/>.</summary>
    private static int Depth(string line, int b)
    {
        var depth = 0;
        for (var i = 0; i < b; i++)
        {
            depth += line[i] is '（' or '(' ? 1 : line[i] is '）' or ')' ? -1 : 0;
        }
        return Math.Max(0, depth);
    }

    /// <summary>Width in half characters: full-width characters two, half-width ones one (as <see cref="TextLines"/>).</summary>
    private static int Halves(string text, int start, int end)
    {
        var halves = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            halves += c < 0x2E80 && c is not ('—' or '…' or '“' or '”' or '‘' or '’') ? 1 : 2;
        }
        return halves;
    }
}
