using System.Collections;
using System.Globalization;
using PerfEvalDocGen.Figures;
using Scriban;
using Scriban.Syntax;
using Scriban.Runtime;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// The function library templates format figures with (docs/templates.md lists it): money, percent, plain numbers, Chinese
/// numerals, dates, lists and direction words. Every function is culture-invariant and computes in decimal only; a blank
/// figure is an error unless the template says what to print instead (<c>blank:</c>), so no sentence gets an empty slot.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>Chinese numerals as in heading numbers: 一, 二, … 十一 (no ICU data needed).</summary>
    public static string ChineseNumber(long n) => Wording.ChineseNumerals.Of(n);

    /// <summary>万元 with two decimals, rounded half away from zero: <c>money budget.executed</c> → 1234.50.</summary>
    public static string Money(object? value, string? blank = null, bool group = false) =>
        Decimal(value, "money") is { } v ? Rounding.Round2(v).ToString(group ? "#,0.00" : "0.00", CultureInfo.InvariantCulture) : Blank(blank, "money");

    /// <summary>A percent figure with two decimals and the sign: <c>percent figures.basicShare</c> → 45.20%.</summary>
    public static string Percent(object? value, string? blank = null) =>
        Decimal(value, "percent") is { } v ? Rounding.Round2(v).ToString("0.00", CultureInfo.InvariantCulture) + "%" : Blank(blank, "percent");

    /// <summary>A number as entered, without forced decimals (e.g. a reported rate of 100).</summary>
    public static string Num(object? value, string? blank = null, bool group = false) =>
        Decimal(value, "num") is { } v ? v.ToString(group ? "#,0.##########" : "0.##########", CultureInfo.InvariantCulture) : Blank(blank, "num");

    /// <summary>A number's magnitude, its sign dropped (the word for the sign comes from <see cref="Direction"/>).</summary>
    public static decimal Abs(object? value) =>
        Decimal(value, "abs") is { } v ? Math.Abs(v) : throw BlankError("abs");

    /// <summary>
    /// The word for a change's direction from its sign: <c>direction organization.changeFromLastYear "增加" "减少"</c>;
    /// a change of zero gives <paramref name="same"/> (持平 unless the template says otherwise).
    /// </summary>
    public static string Direction(object? value, string up, string down, string same = "持平")
    {
        var v = Decimal(value, "direction") ?? throw BlankError("direction");
        return v > 0 ? up : v < 0 ? down : same;
    }

    /// <summary>A whole number in Chinese numerals, plus <paramref name="offset"/>.</summary>
    public static string Cn(object? value, long offset = 0) => ChineseNumber(Whole(value, "cn") + offset);

    /// <summary>A loop index as an ordinal from 1: <c>seq for.index</c>.</summary>
    public static string Seq(object? value) => (Whole(value, "seq") + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A loop index as a Chinese ordinal from 一: <c>cnseq for.index</c>.</summary>
    public static string Cnseq(object? value) => ChineseNumber(Whole(value, "cnseq") + 1);

    /// <summary>A data date (YYYY-MM-DD or YYYY-MM) the official way: 2024年5月28日; <paramref name="blank"/> when not filled in.</summary>
    public static string Date(object? value, string? blank = null)
    {
        if (blank is not null && value is null or "")
        {
            return blank;
        }
        if (value is not string text)
        {
            throw value is null ? BlankError("date") : new TemplateFunctionException("date 需要一个日期文本（YYYY-MM-DD 或 YYYY-MM）。");
        }
        return DateText.TryParse(text, out _, out _, out _)
            ? DateText.Format(text)
            : throw new TemplateFunctionException($"日期“{text}”的格式不对，应写成 YYYY-MM-DD 或 YYYY-MM。");
    }

    /// <summary>
    /// A text as filled in, or <paramref name="fallback"/> when it is not (null or empty): <c>default signature.preparer "　　　　"</c>
    /// leaves room for the pen on a form.
    /// </summary>
    public static string Default(object? value, string fallback) =>
        value is null or "" ? fallback : Convert.ToString(value, CultureInfo.InvariantCulture) ?? fallback;

    /// <summary>The items of a list joined by <paramref name="separator"/> (、 unless given).</summary>
    public static string Join(object? list, string separator = "、") =>
        list is IEnumerable items and not string
            ? string.Join(separator, items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)))
            : throw new TemplateFunctionException("join 需要一个列表，例如 join group.members \"、\"。");

    /// <summary>How many items a list has.</summary>
    public static int Length(object? list) =>
        list is ICollection items
            ? items.Count
            : throw new TemplateFunctionException("length 需要一个列表，例如 length group.members。");

    /// <summary>
    /// The label the package gives a form, from the same plan as the labels printed on the pages:
    /// <c>attachment_label "government-fund-budget"</c> → 附件5; "" when the unit has no such table (the form is left out).
    /// </summary>
    public static string AttachmentLabel(TemplateContext context, string? form)
    {
        if (string.IsNullOrEmpty(form))
        {
            throw new TemplateFunctionException("attachment_label 需要附表的标识，例如 attachment_label \"government-fund-budget\"。");
        }
        if (form != "report" && context is SafeTemplateContext { FormIds: { } ids } && !ids.Contains(form))
        {
            throw new TemplateFunctionException($"attachment_label：模板集中没有名为“{form}”的附表。",
                $"可用的标识：report、{string.Join("、", ids.Order(StringComparer.Ordinal))}。");
        }
        var list = context.GetValue(new ScriptVariableGlobal(TemplateModel.AttachmentsName)) as ScriptArray;
        foreach (var item in list ?? [])
        {
            if (item is ScriptObject o && Equals(o["form"], form))
            {
                return o["label"] as string ?? "";
            }
        }
        return "";
    }

    private static string Blank(string? blank, string function) => blank ?? throw BlankError(function);

    // A blank figure printed silently would leave an empty slot in a sentence; the template must say what to print instead.
    private static TemplateFunctionException BlankError(string function) =>
        new($"{function} 的参数为空（数据未填写）。", $"在数据中填写该项；或在模板中写明空值时输出的文字，如 {function} … blank: \"0.00\"，或先用 if 判断。");

    private static decimal? Decimal(object? value, string function) => value switch
    {
        null => null,
        decimal d => d,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        double or float => throw new TemplateFunctionException(
            $"{function} 只处理数据中的数字或程序计算的数字（十进制），不处理模板里的小数运算结果。",
            "不要在模板中做小数运算；需要的数字请用 figures 中的计算结果。"),
        string => throw new TemplateFunctionException($"{function} 的参数是文字而不是数字。", "检查变量名是否指向数字字段。"),
        _ => throw new TemplateFunctionException($"{function} 的参数不是数字。", "检查变量名是否指向数字字段。"),
    };

    private static long Whole(object? value, string function) =>
        Decimal(value, function) is { } d ? (long)d : throw BlankError(function);
}
