using PerfEvalDocGen.Forms.Description;

namespace PerfEvalDocGen.TemplateCheck;

/// <summary>Which kind of value each function of the library takes as its first argument, and how to say a wrong one in Chinese.</summary>
internal static class ArgumentKinds
{
    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal) { "money", "percent", "num", "abs", "direction" };

    /// <summary>What <paramref name="function"/> needs, in Chinese, or null for a function whose argument is not checked.</summary>
    public static string? Expected(string function) =>
        Numeric.Contains(function) ? "一个数字" : function == "date" ? "一个日期（文字 YYYY-MM-DD 或 YYYY-MM）" : null;

    /// <summary>Whether a value of <paramref name="type"/> can be given to <paramref name="function"/>.</summary>
    public static bool Fits(string function, Type type) =>
        function == "date" ? type == typeof(string) : IsNumber(type);

    public static string Describe(Type type) =>
        type == typeof(string) ? "文字"
        : type == typeof(bool) ? "是/否（true/false）"
        : IsNumber(type) || type == typeof(double) || type == typeof(float) ? "数字"
        : FormPath.ItemType(type) is not null ? "一个列表"
        : "一组数据（含多个字段），不是单个的值";

    public static string Suggestion(string function, string argument, Type type) => function == "date"
        ? "date 只用于日期字段（如 signature.reportDate）；数字请用 money、percent 或 num。"
        : "改用指向数字的字段（数据中的金额、人数，或 figures 中的计算结果）"
            + (type == typeof(string) ? $"；要原样印出文字，直接写 {{{{ {argument} }}}}。" : FormPath.ItemType(type) is not null ? "；列表要先用 for 循环取出其中一项的数字字段。" : "，写到具体的字段（a.b.c）。");

    private static bool IsNumber(Type type) =>
        type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte);
}
