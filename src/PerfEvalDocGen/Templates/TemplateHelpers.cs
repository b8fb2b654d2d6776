using System.Globalization;
using HandlebarsDotNet;

namespace PerfEvalDocGen.Templates;

/// <summary>The helpers templates format figures with: money, percent, Chinese numerals, dates.</summary>
internal static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("money", (context, args) => Money(args));
        handlebars.RegisterHelper("percent", (context, args) => Percent(args));
        handlebars.RegisterHelper("num", (context, args) => Plain(args));
        handlebars.RegisterHelper("cn", (context, args) => ChineseNumber(Number(args, "cn") + Offset(args)));
        handlebars.RegisterHelper("seq", (context, args) => (Number(args, "seq") + 1).ToString(CultureInfo.InvariantCulture));
        handlebars.RegisterHelper("cnseq", (context, args) => ChineseNumber(Number(args, "cnseq") + 1));
        handlebars.RegisterHelper("date", (context, args) => DateText.Format(Text(args, "date")));
        handlebars.RegisterHelper("join", (context, args) => Join(args));
        handlebars.RegisterHelper("length", (context, args) => Length(args));
        handlebars.RegisterHelper("eq", (context, args) => args.Length == 2 && Equals(args[0]?.ToString(), args[1]?.ToString()));
        handlebars.RegisterHelper("deeper", (context, args) => (args.Length > 0 ? args[0]?.ToString() : "") + "#");
    }

    /// <summary>Chinese numerals as in heading numbers: 一, 二, … 十一.</summary>
    public static string ChineseNumber(long n) => Narrative.ChineseNumerals.Of(n);

    private static string Money(Arguments args)
    {
        var value = Decimal(args, "money");
        return value is { } v ? Figures.Rounding.Round2(v).ToString(Grouped(args) ? "#,0.00" : "0.00", CultureInfo.InvariantCulture) : Blank(args, "money");
    }

    private static string Percent(Arguments args)
    {
        var value = Decimal(args, "percent");
        return value is { } v ? Figures.Rounding.Round2(v).ToString("0.00", CultureInfo.InvariantCulture) + "%" : Blank(args, "percent");
    }

    /// <summary>A number as entered, without forced decimals (e.g. a reported rate of 100).</summary>
    private static string Plain(Arguments args)
    {
        var value = Decimal(args, "num");
        return value is { } v ? v.ToString(Grouped(args) ? "#,0.##########" : "0.##########", CultureInfo.InvariantCulture) : Blank(args, "num");
    }

    // group=true writes thousands separators (4,263.67), as some outlines do.
    private static bool Grouped(Arguments args) => args.Hash.TryGetValue("group", out var group) && group is true or "true";

    private static string Length(Arguments args) =>
        args.Length > 0 && args[0] is System.Collections.ICollection items
            ? items.Count.ToString(CultureInfo.InvariantCulture)
            : throw new TemplateHelperException("length 需要一个列表参数，例如 {{length list}}。");

    private static string Join(Arguments args)
    {
        if (args.Length == 0 || args[0] is not System.Collections.IEnumerable items || args[0] is string)
        {
            throw new TemplateHelperException("join 需要一个列表参数，例如 {{join list \"、\"}}。");
        }
        var separator = args.Length > 1 ? args[1]?.ToString() ?? "" : "、";
        return string.Join(separator, items.Cast<object?>().Select(i => i?.ToString()));
    }

    // A blank figure printed silently would leave an empty slot in a sentence; the template must say what to print instead.
    private static string Blank(Arguments args, string helper) =>
        args.Hash.TryGetValue("blank", out var blank) && blank is not null
            ? blank.ToString()!
            : throw new TemplateHelperException($"{helper} 的参数为空（数据未填写）。如需在空值时输出文字，请写 blank=\"…\"。");

    private static long Offset(Arguments args) =>
        args.Hash.TryGetValue("offset", out var offset) && offset is not null ? System.Convert.ToInt64(offset, CultureInfo.InvariantCulture) : 0;

    private static decimal? Decimal(Arguments args, string helper)
    {
        if (args.Length == 0)
        {
            throw new TemplateHelperException($"{helper} 需要一个参数。");
        }
        return args[0] switch
        {
            null => null,
            decimal d => d,
            IConvertible c when args[0] is not string => c.ToDecimal(CultureInfo.InvariantCulture),
            string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            var other => throw new TemplateHelperException($"{helper} 的参数不是数字：{other}"),
        };
    }

    private static long Number(Arguments args, string helper) =>
        Decimal(args, helper) is { } d ? (long)d : throw new TemplateHelperException($"{helper} 的参数为空。");

    private static string? Text(Arguments args, string helper) =>
        args.Length > 0 ? args[0]?.ToString() : throw new TemplateHelperException($"{helper} 需要一个参数。");
}
