using System.Text.RegularExpressions;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE232: the 联系电话 printed under each form has the digits of a telephone number. A digit dropped or typed twice
/// (1397504032, 139750403299) prints a number nobody answers.
/// </summary>
internal sealed partial class PhoneNumberRule : IConsistencyRule
{
    public string Code => "PE232";

    public Severity Severity => Severity.Warning;

    public string Meaning => "联系电话的位数不对：手机号应为 1 开头的 11 位，固定电话为 0 开头的区号加 7–8 位（共 10–12 位）或不带区号的 7–8 位，400/800 电话 10 位；几个号码用顿号或逗号分开，分机号（转 123）不计。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Data.Signature.Phone is not { } phone)
        {
            yield break;
        }
        foreach (var number in Separator().Split(phone))
        {
            var digits = new string([.. Extension().Replace(number, "").Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).Where(char.IsAsciiDigit)]);
            if (digits.Length >= 5 && !IsPhone(digits))
            {
                yield return new Finding("signature.phone",
                    $"联系电话“{number.Trim()}”有 {digits.Length} 位数字，不像电话号码：手机号为 1 开头的 11 位，固定电话为区号加 7–8 位。",
                    "核对是否少输或多输了数字。");
            }
        }
    }

    private static bool IsPhone(string digits) => digits switch
    {
        { Length: 11 } when digits[0] == '1' && digits[1] is >= '3' and <= '9' => true,
        { Length: >= 10 and <= 12 } when digits[0] == '0' => true,
        { Length: 7 or 8 } when digits[0] is not ('0' or '1') => true,
        { Length: 10 } when digits.StartsWith("400", StringComparison.Ordinal) || digits.StartsWith("800", StringComparison.Ordinal) => true,
        _ => false,
    };

    [GeneratedRegex(@"[、,，;；/／]|\s{2,}|或")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:转|分机|ext\.?|EXT\.?)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();
}
