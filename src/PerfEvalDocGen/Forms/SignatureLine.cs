using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Forms;

/// <summary>The signature line under a form: 填表人, 联系电话, 单位负责人签字 (left for the pen), 填报日期.</summary>
internal static class SignatureLine
{
    private const string PenSpace = "　　　　";

    public static void Write(BodyBuilder body, Signature signature)
    {
        var head = string.IsNullOrEmpty(signature.UnitHead) ? PenSpace : signature.UnitHead;
        var date = DateText.TryParse(signature.FilledOn, out _, out _, out _) ? DateText.Format(signature.FilledOn) : PenSpace;
        // Whole on one page, so a wrapped line never leaves 日 alone on the next.
        body.KeptParagraph(StyleIds.FormNote,
            $"填表人：{Or(signature.Preparer)}　联系电话：{Or(signature.Phone)}　单位负责人签字：{head}　填报日期：{date}", keepNext: false);
    }

    private static string Or(string? value) => string.IsNullOrEmpty(value) ? PenSpace : value;
}
