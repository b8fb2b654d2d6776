using System.Text;
using System.Text.RegularExpressions;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>Folds text for fidelity comparison: white space removed, full-width punctuation made half-width, heading numbers dropped.</summary>
internal static partial class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }
            builder.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                '，' => ',',
                '：' => ':',
                '；' => ';',
                '！' => '!',
                '？' => '?',
                '％' => '%',
                '．' => '.',
                '“' or '”' => '"',
                _ => c,
            });
        }
        return builder.ToString();
    }

    /// <summary>A paragraph folded, with its leading heading number (一、 （一） 1. 1、 （1）) removed.</summary>
    public static string FoldParagraph(string paragraph) => HeadingNumber().Replace(Fold(paragraph), "");

    /// <summary>The sentences of a paragraph, each ending with its 。 where it had one.</summary>
    public static IEnumerable<string> Sentences(string foldedParagraph) =>
        foldedParagraph.Split('。').Where(s => s.Length > 1);

    [GeneratedRegex(@"^(\(?[一二三四五六七八九十]+[)、]|\([一二三四五六七八九十]+\)|\d{1,2}\)\.?|\d{1,2}[、.]|\(\d+\))")]
    private static partial Regex HeadingNumber();
}
