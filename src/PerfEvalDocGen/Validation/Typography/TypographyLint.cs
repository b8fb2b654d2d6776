using System.Text.RegularExpressions;

namespace PerfEvalDocGen.Validation.Typography;

/// <summary>
/// Typography checks on the data's text, all warnings (the seeds are real documents and show each of these): half-width
/// ，；：（） in Chinese text (PE531), ≥ and ≧ mixed in one column (PE532), a title spaced out with ASCII spaces (PE533),
/// "1、" and "1." mixed at one level (PE534), a paragraph ending in "，" (PE535), a figure split from its unit (PE536).
/// Each finding carries its fix, so <c>perfeval fix</c> changes exactly what <c>validate</c> reported.
/// </summary>
internal static partial class TypographyLint
{
    private static readonly Dictionary<char, char> FullWidth = new() { [','] = '，', [';'] = '；', [':'] = '：', ['('] = '（', [')'] = '）' };

    public static IReadOnlyList<TypographyIssue> Check(string json)
    {
        var tokens = JsonStringScanner.Scan(json);
        var issues = new List<TypographyIssue>();
        foreach (var token in tokens)
        {
            HalfWidth(token, issues);
            SpacedTitle(token, issues);
            TrailingComma(token, issues);
            SplitUnit(token, issues);
            LineMarkers(token, issues);
        }
        MixedSigns(tokens, issues);
        ItemMarkers(tokens, issues);
        return [.. issues.OrderBy(i => i.Token.Start).ThenBy(i => i.Index)];
    }

    private static void HalfWidth(JsonStringToken token, List<TypographyIssue> issues)
    {
        var s = token.Value;
        var flagged = new bool[s.Length];
        var open = new Stack<int>();
        for (var i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case ',' or ';' or ':':
                    var between = i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]);
                    flagged[i] = !between && (CjkText.ChineseAt(s, i - 1) || CjkText.ChineseAt(s, i + 1));
                    break;
                case '(':
                    open.Push(i);
                    flagged[i] = CjkText.ChineseAt(s, i - 1) || CjkText.ChineseAt(s, i + 1);
                    break;
                case ')':
                    flagged[i] = CjkText.ChineseAt(s, i - 1) || CjkText.ChineseAt(s, i + 1);
                    if (open.Count > 0)
                    {
                        // A pair around Chinese text is Chinese: both halves go full-width together.
                        var o = open.Pop();
                        var pair = flagged[i] || flagged[o] || s.AsSpan(o, i - o).ContainsAny(HanSearch);
                        flagged[i] = flagged[o] = pair;
                    }
                    break;
            }
        }
        for (var i = 0; i < s.Length; i++)
        {
            if (!flagged[i])
            {
                continue;
            }
            // A full-width mark carries its own space: the ASCII spaces typed after ，；：） or before （ go with it.
            var lead = 0;
            var trail = 0;
            if (s[i] == '(')
            {
                while (i - lead - 1 >= 0 && s[i - lead - 1] is ' ' or '\t')
                {
                    lead++;
                }
                if (i - lead - 1 >= 0 && flagged[i - lead - 1])
                {
                    lead = 0; // the mark before takes these spaces
                }
            }
            else
            {
                while (i + trail + 1 < s.Length && s[i + trail + 1] is ' ' or '\t')
                {
                    trail++;
                }
            }
            issues.Add(new TypographyIssue("PE531", token, i - lead, lead + 1 + trail, FullWidth[s[i]].ToString(),
                $"中文里用了半角标点“{s[i]}”：{Around(s, i)}", i));
        }
    }

    private static readonly System.Buffers.SearchValues<char> HanSearch =
        System.Buffers.SearchValues.Create(Enumerable.Range(0x4e00, 0x9fff - 0x4e00 + 1).Select(c => (char)c).ToArray());

    private static void SpacedTitle(JsonStringToken token, List<TypographyIssue> issues)
    {
        var s = token.Value;
        if (s.Length > 40 || s.Contains('。') || s.Contains('\n'))
        {
            return;
        }
        foreach (Match m in SpacedHan().Matches(s))
        {
            foreach (Match gap in Spaces().Matches(m.Value))
            {
                issues.Add(new TypographyIssue("PE533", token, m.Index + gap.Index, gap.Length, "",
                    $"用半角空格拉开标题文字：“{m.Value}”"));
            }
        }
    }

    // A paragraph's end is certain from the data alone in one place: a line of a text followed by another line. The end
    // of a text (a field or a list item) may be a lead-in that the template continues ("由于三公经费及项目经费压缩，" +
    // "预算支出……", "{{ paragraphs[2] }}其中："), so it is not judged.
    private static void TrailingComma(JsonStringToken token, List<TypographyIssue> issues)
    {
        var s = token.Value;
        var lineStart = 0;
        var lines = s.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var trimmed = line.TrimEnd();
            var last = n == lines.Length - 1 || lines.Skip(n + 1).All(string.IsNullOrWhiteSpace);
            if (last)
            {
                break;
            }
            if (trimmed.Length > 0 && trimmed[^1] is '，' or ',' && trimmed.AsSpan().ContainsAny(HanSearch))
            {
                issues.Add(new TypographyIssue("PE535", token, lineStart + trimmed.Length - 1, 1, "。",
                    $"段落以逗号结尾：{Around(s, lineStart + trimmed.Length - 1)}"));
            }
            lineStart += line.Length + 1;
        }
    }

    // The fix joins figure and unit, and takes away spaces typed before the figure in Chinese text ("编制 7 名" → "编制7名").
    private static void SplitUnit(JsonStringToken token, List<TypographyIssue> issues)
    {
        // Both patterns need a figure: most texts are passed over without running them.
        if (!token.Value.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }
        foreach (Match m in SplitFigure().Matches(token.Value))
        {
            var gap = m.Groups["gap"];
            var lead = m.Groups["lead"];
            var figure = m.Groups["figure"];
            var from = lead.Success ? lead.Index : figure.Index;
            issues.Add(new TypographyIssue("PE536", token, from, gap.Index + gap.Length - from, figure.Value,
                $"数字与单位之间有空格或换行：{Around(token.Value, gap.Index)}", gap.Index));
        }
        // The same slip with the unit in place: "副主任 2名" spaces the figure off from the text it belongs to.
        foreach (Match m in SpacedFigure().Matches(token.Value))
        {
            var lead = m.Groups["lead"];
            issues.Add(new TypographyIssue("PE536", token, lead.Index, lead.Length, "",
                $"汉字与带单位的数字之间有空格：{Around(token.Value, lead.Index)}"));
        }
    }

    // Lines of one paragraph text numbered "1、" and "1." alike are one level.
    private static void LineMarkers(JsonStringToken token, List<TypographyIssue> issues)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < token.Value.Length; i++)
        {
            if (token.Value[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        Markers(starts.Select(s => (token, s)).ToList(), issues);
    }

    // Items of one array (one level of a list) numbered "1、" and "1." alike.
    private static void ItemMarkers(IReadOnlyList<JsonStringToken> tokens, List<TypographyIssue> issues)
    {
        foreach (var group in tokens.Where(t => t.ParentPath is not null).GroupBy(t => t.ParentPath))
        {
            Markers(group.Select(t => (t, 0)).ToList(), issues);
        }
    }

    private static void Markers(List<(JsonStringToken Token, int Start)> items, List<TypographyIssue> issues)
    {
        var found = new List<(JsonStringToken Token, int Index, char Mark)>();
        foreach (var (token, start) in items)
        {
            var m = Marker().Match(token.Value, start);
            if (m.Success && m.Index == start)
            {
                var mark = m.Groups["mark"];
                found.Add((token, mark.Index, mark.Value[0]));
            }
        }
        var dots = found.Count(f => f.Mark == '.');
        var commas = found.Count - dots;
        if (dots == 0 || commas == 0)
        {
            return;
        }
        // The minority yields; on a tie "1." (GB/T 9704's third level) stays.
        var keep = commas > dots ? '、' : '.';
        foreach (var f in found.Where(f => f.Mark != keep))
        {
            issues.Add(new TypographyIssue("PE534", f.Token, f.Index, 1, keep.ToString(),
                $"同一层级的序号混用“1、”与“1.”（此处为“{f.Mark}”，同级多数为“{keep}”）：{Around(f.Token.Value, f.Index)}"));
        }
    }

    private static void MixedSigns(IReadOnlyList<JsonStringToken> tokens, List<TypographyIssue> issues)
    {
        // Only texts holding a sign count or change, so only they are grouped into columns.
        foreach (var column in tokens.Where(t => t.Value.AsSpan().ContainsAny(Signs)).GroupBy(t => Indices().Replace(t.Path, "[]")))
        {
            foreach (var (a, b) in new[] { ('≥', '≧'), ('≤', '≦') })
            {
                var countA = column.Sum(t => t.Value.Count(c => c == a));
                var countB = column.Sum(t => t.Value.Count(c => c == b));
                if (countA == 0 || countB == 0)
                {
                    continue;
                }
                var keep = countB > countA ? b : a;
                var drop = keep == a ? b : a;
                foreach (var t in column)
                {
                    for (var i = t.Value.IndexOf(drop); i >= 0; i = t.Value.IndexOf(drop, i + 1))
                    {
                        issues.Add(new TypographyIssue("PE532", t, i, 1, keep.ToString(),
                            $"同一列混用“{a}”与“{b}”（此处为“{drop}”，该列多数为“{keep}”）：{Around(t.Value, i)}"));
                    }
                }
            }
        }
    }

    private static string Around(string s, int i)
    {
        var from = Math.Max(0, i - 8);
        var to = Math.Min(s.Length, i + 9);
        return "“" + (from > 0 ? "…" : "") + s[from..to].Replace("\n", "↵") + (to < s.Length ? "…" : "") + "”";
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(?: +\p{IsCJKUnifiedIdeographs}){2,}")]
    private static partial Regex SpacedHan();

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();

    // A figure (whole, not the tail of one), then spaces or a line break, then a unit. Across a line break a one-character
    // unit must not begin a word ("共3\n项目支出", "人数5\n人员经费" are two lines, not "3项", "5人"), so it needs a non-Han
    // character after it; the longer units are taken as they are. Spaces typed before the figure after a Han character
    // are part of the same slip.
    [GeneratedRegex(@"(?:(?<=\p{IsCJKUnifiedIdeographs})(?<lead>[ \t\u3000\u00a0]+))?(?<![\d.])(?<figure>\d+(?:\.\d+)?)(?:(?<gap>[ \t\u3000\u00a0]+)(?:万元|亿元|人次|平方米|公里|小时|元|万|人|名|个|次|户|件|家|场|处|亩|台|栋|座|㎡|米|吨|天|%|％|项|辆|篇|期)|(?<gap>[ \t\u3000\u00a0]*\n[ \t\u3000\u00a0\n]*)(?:万元|亿元|人次|平方米|公里|小时|(?:元|万|人|名|个|次|户|件|家|场|处|亩|台|栋|座|㎡|米|吨|天|%|％|项|辆|篇|期)(?!\p{IsCJKUnifiedIdeographs})))")]
    private static partial Regex SplitFigure();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?<lead>[ \t\u3000\u00a0]+)\d+(?:\.\d+)?(?:万元|亿元|人次|平方米|公里|小时|元|万|人|名|个|次|户|件|家|场|处|亩|台|栋|座|㎡|米|吨|天|%|％|项|辆|篇|期)")]
    private static partial Regex SpacedFigure();

    private static readonly System.Buffers.SearchValues<char> Signs = System.Buffers.SearchValues.Create("≥≧≤≦");

    // Anchored (\G): a marker counts only where the line or item starts, so the search must not run on past it.
    [GeneratedRegex(@"\G\s*\d{1,2}(?<mark>、|\.(?!\d))")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Indices();
}
