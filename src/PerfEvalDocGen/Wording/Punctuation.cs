namespace PerfEvalDocGen.Wording;

/// <summary>
/// Where a template's own punctuation meets a unit's text that already ends in a mark (“主要为抚恤金支出。” before the
/// template's “；”, an office “党政办公室：” before its “：”), two marks stand side by side. Chinese never writes two of
/// 。，、；： in a row, so the pair is written as the later mark alone: the template's mark, which fits the sentence it builds.
/// </summary>
public static class Punctuation
{
    private const string Marks = "。，、；：";

    /// <summary><paramref name="text"/> with each run of adjacent 。，、；： reduced to its last mark.</summary>
    public static string CollapseAdjacent(string text)
    {
        var first = FirstPair(text);
        if (first < 0)
        {
            return text;
        }
        var output = new System.Text.StringBuilder(text.Length);
        output.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (Marks.Contains(c) && output.Length > 0 && Marks.Contains(output[^1]))
            {
                output[^1] = c;
                continue;
            }
            output.Append(c);
        }
        return output.ToString();
    }

    private static int FirstPair(string text)
    {
        for (var i = text.AsSpan().IndexOfAny(Marks); i >= 0 && i + 1 < text.Length;)
        {
            if (Marks.Contains(text[i + 1]))
            {
                return i;
            }
            var next = text.AsSpan(i + 1).IndexOfAny(Marks);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return -1;
    }
}
