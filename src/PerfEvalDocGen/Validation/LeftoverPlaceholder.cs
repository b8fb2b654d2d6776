using System.Text.RegularExpressions;

namespace PerfEvalDocGen.Validation;

/// <summary>
/// Placeholders of templates and model reports that were not replaced: XXX街道, ×××, 某某, an instruction such as
/// 此处填写…/请输入…, or a text that is only 略, 待定, TODO or an ellipsis. They print as they are, silently.
/// </summary>
internal static partial class LeftoverPlaceholder
{
    /// <summary>The placeholder found in <paramref name="text"/>, as written, or null.</summary>
    public static string? Find(string text)
    {
        var match = Inside().Match(text);
        if (match.Success)
        {
            return match.Value;
        }
        var whole = text.Trim();
        return Whole().IsMatch(whole) ? whole : null;
    }

    // A run of X (not part of a Latin word), ×, Ｘ or 某某 stands for a name or a number; the phrases are instructions
    // to the person filling in (有待补充 is ordinary prose, 待补充 alone is not).
    [GeneratedRegex(@"(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|[×Ｘｘ]{2,}|某某|请填写|此处填写|在此填写|此处输入|在此输入|请输入|待填写|(?<!有)待补充|填写说明|(?<![A-Za-z])(?:TODO|TBD)(?![A-Za-z])")]
    private static partial Regex Inside();

    [GeneratedRegex(@"^(?:[（(【\[]?(?:略|待定|暂无数据)[）)】\]]?|…+|\.{3,}|。{3,}|[?？]+)$")]
    private static partial Regex Whole();
}
