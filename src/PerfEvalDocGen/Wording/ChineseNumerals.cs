using System.Text;

namespace PerfEvalDocGen.Wording;

/// <summary>
/// Chinese numerals as heading numbers use them (一, 十, 十一, 二十, 一百零五), written out here rather than through a
/// culture: a machine without ICU data, or with invariant globalization, prints the same numbers.
/// </summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private static readonly (long Size, string Name)[] Units =
    [
        (1_000_000_000_000, "兆"), (100_000_000, "亿"), (10_000, "万"), (1_000, "千"), (100, "百"),
    ];

    /// <summary>The numeral for <paramref name="number"/>; 11–19 are 十一 to 十九, a negative number reads 负 and the numeral.</summary>
    public static string Of(long number)
    {
        if (number == 0)
        {
            return Digits[0];
        }
        if (number < 0)
        {
            return "负 " + Of(-number);
        }
        var text = Write(number);
        return number is > 10 and < 20 ? text[1..] : text;
    }

    private static string Write(long number)
    {
        var builder = new StringBuilder();
        foreach (var (size, name) in Units)
        {
            if (number / size > 0)
            {
                var rest = number % size;
                builder.Append(Write(number / size)).Append(name);
                // A zero is read where the next unit down is skipped: 一百零五, 一千零二十, 一万零三百.
                if (rest > 0 && rest < size / 10)
                {
                    builder.Append(Digits[0]);
                }
                number = rest;
            }
        }
        if (number > 0)
        {
            builder.Append(number <= 10 ? Digits[number] : Digits[number / 10] + "十" + (number % 10 > 0 ? Digits[number % 10] : ""));
        }
        return builder.ToString();
    }
}
