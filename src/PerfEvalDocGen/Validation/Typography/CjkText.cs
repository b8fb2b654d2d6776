namespace PerfEvalDocGen.Validation.Typography;

/// <summary>Character classes the typography checks need.</summary>
internal static class CjkText
{
    /// <summary>A Han character (CJK unified ideographs and extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Han, full-width punctuation or Chinese quotes: text whose punctuation should be full-width.</summary>
    public static bool IsChinese(char c) =>
        IsHan(c) || c is >= '\u3000' and <= '\u303f' or >= '\uff01' and <= '\uff5e' or '“' or '”' or '‘' or '’' or '…' or '—';

    public static bool ChineseAt(string s, int i) => i >= 0 && i < s.Length && IsChinese(s[i]);
}
