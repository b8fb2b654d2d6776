using System.Globalization;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>
/// Each example with one number token rewritten the way people type numbers (055, 0x37, 55., .5, +5, NaN, 4,388.17,
/// 950万, full-width digits, 1e400, a full-width comma after it): the file is rejected with the right code at the
/// number's first character, naming the standard form meant. Numbers are drawn with a fixed seed from every example.
/// </summary>
public class NumberWritingMutationTests
{
    private const int NumbersPerExample = 25;

    /// <summary>A way of mistyping a number: the text typed instead, the code expected, and a text the message must hold.</summary>
    private sealed record Mutation(string Name, Func<NumberTokens.Token, (string Typed, string Expected)?> Apply, string Code);

    private static readonly Mutation[] Mutations =
    [
        new("leading zero", t => t.Raw.StartsWith('-') || t.Raw.StartsWith("0.") ? null : ("0" + t.Raw, $"是否应为 {t.Raw}"), "PE130"),
        new("negative leading zero", t => t.IsInteger && !t.Raw.StartsWith('-') && t.Raw != "0" ? ("-0" + t.Raw, $"是否应为 -{t.Raw}") : null, "PE130"),
        new("hexadecimal", t => t.IsInteger && long.TryParse(t.Raw, out var v) && v >= 0 ? ("0x" + v.ToString("X", CultureInfo.InvariantCulture), $"是否应为 {v}") : null, "PE130"),
        new("trailing dot", t => t.IsInteger ? (t.Raw + ".", $"是否应为 {t.Raw}") : null, "PE130"),
        new("leading dot", t => t.Raw.StartsWith("0.") ? (t.Raw[1..], $"是否应为 {t.Raw}") : null, "PE130"),
        new("plus sign", t => t.Raw.StartsWith('-') ? null : ("+" + t.Raw, $"是否应为 {t.Raw}"), "PE130"),
        new("NaN", _ => ("NaN", "null"), "PE130"),
        new("Infinity", _ => ("Infinity", "null"), "PE130"),
        new("minus Infinity", _ => ("-Infinity", "null"), "PE130"),
        new("full-width digits", t => (string.Concat(t.Raw.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)), $"是否应为 {t.Raw}"), "PE130"),
        new("thousands separator", t => Grouped(t.Raw) is { } grouped ? (grouped, $"应写为 {t.Raw}") : null, "PE131"),
        new("unit 万", t => (t.Raw + "万", "万"), "PE132"),
        new("percent sign", t => (t.Raw + "%", "%"), "PE132"),
        new("too large", _ => ("1e400", "1e400"), "PE134"),
    ];

    public static TheoryData<string> Examples() => [.. Directory.GetFiles(RepoPaths.Examples, "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_nonstandard_number_is_an_error_at_its_first_character(string example)
    {
        var original = File.ReadAllText(RepoPaths.Example(example));
        var numbers = NumberTokens.In(original);
        Assert.True(numbers.Count >= 5, $"{example}: only {numbers.Count} numbers found");
        var random = new Random(example.Sum(c => c));
        var chosen = numbers.OrderBy(_ => random.Next()).Take(NumbersPerExample).ToList();
        var tried = 0;
        foreach (var number in chosen)
        {
            foreach (var mutation in Mutations)
            {
                if (mutation.Apply(number) is not var (typed, expected))
                {
                    continue;
                }
                tried++;
                var text = original[..number.Offset] + typed + original[(number.Offset + number.Raw.Length)..];
                var result = ReportValidator.Validate(text, example);
                var where = $"{example} {mutation.Name}: {number.Raw} → {typed} at ({number.Line},{number.Column})";
                Assert.Null(result.Data);
                var match = result.Diagnostics.FirstOrDefault(d => d.Code == mutation.Code);
                Assert.True(match is not null, $"{where}: no {mutation.Code}, got\n{string.Join("\n", result.Diagnostics)}");
                Assert.Equal((number.Line, number.Column), (match.Line, match.Column));
                Assert.Equal(Severity.Error, match.Severity);
                Assert.Contains(expected, match.Message + match.Suggestion);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", match.Message);
                Assert.NotNull(match.JsonPath);
                // The reader says it once: no second diagnostic about the same value from later checks.
                Assert.DoesNotContain(result.Diagnostics, d => d != match && d.JsonPath == match.JsonPath && d.Code != mutation.Code);
            }
        }
        Assert.True(tried >= chosen.Count * 8, $"{example}: only {tried} mutations applied");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_full_width_comma_after_a_number_is_reported_as_a_comma_where_it_is(string example)
    {
        var original = File.ReadAllText(RepoPaths.Example(example));
        var followed = NumberTokens.In(original).Where(t => original[t.Offset + t.Raw.Length] == ',').Take(5).ToList();
        Assert.NotEmpty(followed);
        foreach (var number in followed)
        {
            var comma = number.Offset + number.Raw.Length;
            var result = ReportValidator.Validate(original[..comma] + "，" + original[(comma + 1)..], example);
            Assert.Null(result.Data);
            var match = Assert.Single(result.Diagnostics, d => d.Code == "PE133");
            Assert.Equal((number.Line, number.Column + number.Raw.Length), (match.Line, match.Column));
            Assert.Contains("全角逗号", match.Message);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PE132");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Standard_rewritings_of_a_number_change_nothing(string example)
    {
        // 55 → 55.0 and 55 → 5.5e1 style rewritings are the same number to JSON and to the schema: same data, same findings.
        var original = File.ReadAllText(RepoPaths.Example(example));
        var baseline = ReportValidator.Validate(original, example);
        var random = new Random(example.Length * 31);
        foreach (var number in NumberTokens.In(original).OrderBy(_ => random.Next()).Take(NumbersPerExample))
        {
            foreach (var rewritten in new[] { number.IsInteger ? number.Raw + ".0" : number.Raw + "0", number.Raw + "e0", number.Raw + "E+0" })
            {
                var text = original[..number.Offset] + rewritten + original[(number.Offset + number.Raw.Length)..];
                var result = ReportValidator.Validate(text, example);
                Assert.Equal(baseline.Diagnostics.Select(d => (d.Code, d.JsonPath)), result.Diagnostics.Select(d => (d.Code, d.JsonPath)));
                Assert.NotNull(result.Data);
            }
        }
    }

    private static string? Grouped(string raw)
    {
        var negative = raw.StartsWith('-');
        var digits = raw.TrimStart('-');
        var cut = digits.IndexOfAny(['.', 'e', 'E']);
        var whole = cut < 0 ? digits : digits[..cut];
        if (whole.Length < 4)
        {
            return null;
        }
        var grouped = long.Parse(whole, CultureInfo.InvariantCulture).ToString("#,0", CultureInfo.InvariantCulture);
        return (negative ? "-" : "") + grouped + (cut < 0 ? "" : digits[cut..]);
    }
}
