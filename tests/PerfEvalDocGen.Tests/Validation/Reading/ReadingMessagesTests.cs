using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>What reading says about text that is not standard JSON: in Chinese, with the code, line and first column.</summary>
public class ReadingMessagesTests
{
    private const string Unit = "\"unit\": { \"name\": \"某街道办事处\", \"year\": 2023 }";

    // Each case: the text with ⟨ where the diagnostic must point (taken out before reading), the code, and a word the message must hold.
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "{ " + Unit + ", ⟨// 注释\n \"templateSet\": \"hunan-2023\" }", "PE135", "注释" },
        { "{ " + Unit + ",\n ⟨/* 多行\n 注释 */ \"templateSet\": \"hunan-2023\" }", "PE135", "注释" },
        { "{ " + Unit + "⟨,\n}", "PE136", "逗号" },
        { "{ " + Unit + ", \"duties\": [ { \"office\": \"a\", \"text\": \"b\" }⟨, ] }", "PE136", "逗号" },
        { "{ " + Unit + "⟨， \"templateSet\": \"hunan-2023\" }", "PE133", "全角逗号" },
        { "{ \"unit\"⟨： { \"name\": \"某\", \"year\": 2023 } }", "PE133", "全角冒号" },
        { "{ ⟨“unit”: { \"name\": \"某\", \"year\": 2023 } }", "PE133", "全角引号" },
        { "{ \"unit\": { \"name\": \"某\",⟨\u3000\"year\": 2023 } }", "PE133", "全角空格" },
        { "{ ⟨unit: { \"name\": \"某\", \"year\": 2023 } }", "PE101", "双引号" },
        { "{ ⟨'unit': { \"name\": \"某\", \"year\": 2023 } }", "PE101", "单引号" },
        { "{ \"unit\": { \"name\": ⟨某街道, \"year\": 2023 } }", "PE101", "双引号" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023, \"shortName\": ⟨True } }", "PE101", "true" },
        { "{ \"unit\": { \"name\": \"C:⟨\\3月\", \"year\": 2023 } }", "PE101", "反斜杠" },
        { "{ \"unit\": { \"name\": \"某⟨\ta\", \"year\": 2023 } }", "PE101", "Tab" },
        { "{ \"unit\": { \"name\": ⟨\"某\n\", \"year\": 2023 } }", "PE101", "双引号" },
        { "{ \"unit\": { \"name\": \"某\" ⟨\"year\": 2023 } }", "PE101", "逗号" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 ⟨] }", "PE101", "括号" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 }⟨", "PE101", "结束" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 } } ⟨}", "PE101", "多余" },
        { "⟨", "PE101", "为空" },
        { "   \n  ⟨", "PE101", "为空" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 20 ⟨23 } }", "PE101", "空格" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 }, \"budget\": { \"executed\": ⟨4,388.17 } }", "PE131", "4388.17" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 }, \"budget\": { \"executed\": ⟨-1,234,567.5 } }", "PE131", "-1234567.5" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 }, \"budget\": { \"executed\": ⟨950万元 } }", "PE132", "万元" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 }, \"budget\": { \"executed\": ⟨12kg } }", "PE132", "kg" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 }, \"budget\": { \"executed\": ⟨1.2.3 } }", "PE130", "1.2.3" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": 2023 }, \"budget\": { \"executed\": ⟨1e-400 } }", "PE134", "1e-400" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": ⟨0x7E7 } }", "PE130", "2023" },
        { "{ \"unit\": { \"name\": \"某\", \"year\": ⟨nan } }", "PE130", "null" },
        { "{ \"unit\": {\n  \"name\": \"某\",\n  \"year\":\n    ⟨055 } }", "PE130", "55" },
        { new string('[', 64) + "⟨[" + new string(']', 65), "PE137", "64" },
        { "{ \"a\": " + new string('[', 63) + "⟨" + new string('[', 137) + new string(']', 200) + " }", "PE137", "64" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_slip_is_reported_in_Chinese_where_it_is(string marked, string code, string mentioned)
    {
        var at = marked.IndexOf('⟨');
        var text = marked.Remove(at, 1);
        var line = marked[..at].Count(c => c == '\n') + 1;
        var column = at - (marked.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1) + 1;
        if (at == 0 || marked.LastIndexOf('\n', at - 1) < 0)
        {
            column = at + 1;
        }
        var result = ReportValidator.Validate(text, "case.json");
        Assert.Null(result.Data);
        var match = result.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(match is not null, $"no {code}:\n{string.Join("\n", result.Diagnostics)}");
        Assert.Equal((line, column), (match.Line, match.Column));
        Assert.Equal(Severity.Error, match.Severity);
        Assert.Contains(mentioned, match.Message + match.Suggestion);
        AssertChinese(result.Diagnostics);
    }

    [Fact]
    public void Slips_with_a_plain_meaning_are_all_listed_in_one_run()
    {
        var text = "{ \"unit\": { \"name\": \"某\", \"year\": 2023, }, // 注释\n \"organization\": { \"staffInService\": 055, \"retired\": +3 }，\n \"budget\": { \"executed\": 1,365.61 } }";
        var result = ReportValidator.Validate(text, "many.json");
        Assert.Equal(["PE130", "PE130", "PE131", "PE133", "PE135", "PE136"],
            result.Diagnostics.Where(d => d.Code.StartsWith("PE13", StringComparison.Ordinal)).Select(d => d.Code).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Hostile_input_never_reaches_the_user_in_English()
    {
        var example = File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json"));
        var random = new Random(15);
        var inputs = new List<string> { "NaN", "Infinity", "-Infinity", "1e400", "[" , "{", "}", "\"", "\\", "\0", "\uFEFF", "{\"unit\":" + new string('{', 100) };
        for (var i = 0; i < 400; i++)
        {
            // Cut the example anywhere, or drop in a character that JSON gives a meaning to.
            var at = random.Next(example.Length);
            inputs.Add(random.Next(3) switch
            {
                0 => example[..at],
                1 => example[..at] + "\"{}[],:\\/*0-+.eE，：“”\t\r\n万"[random.Next(23)] + example[at..],
                _ => example[..at] + example[Math.Min(example.Length, at + random.Next(1, 8))..],
            });
        }
        foreach (var input in inputs)
        {
            var result = ReportValidator.Validate(input, "hostile.json");
            AssertChinese(result.Diagnostics);
            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
        }
    }

    [Fact]
    public void Every_column_points_at_the_first_character_of_a_value_or_key()
    {
        // Errors about values found by the structure check, from a file laid out over several lines.
        var text = "{\n  \"unit\": {\n    \"name\": 12,\n    \"year\": \"2023\",\n    \"nmae\": \"x\"\n  },\n  \"budget\": {\n    \"executed\": -950.5,\n    \"fullYearBudget\": true\n  },\n  \"duties\": [\n    { \"office\": \"a\", \"text\": \"b\" },\n    7\n  ]\n}";
        var lines = text.Split('\n');
        var result = ReportValidator.Validate(text, "columns.json");
        var checkedValues = 0;
        foreach (var d in result.Diagnostics.Where(d => d.Code is "PE103" or "PE104" or "PE107"))
        {
            var c = lines[d.Line - 1][d.Column - 1];
            Assert.True(c is '"' or '{' or '[' or '-' or 't' or 'f' or 'n' || char.IsAsciiDigit(c), $"{d}: column points at '{c}'");
            Assert.True(d.Column == 1 || lines[d.Line - 1][d.Column - 2] is ' ' or ':' or ',' or '[' or '{', $"{d}: not the first character");
            checkedValues++;
        }
        Assert.True(checkedValues >= 6, string.Join("\n", result.Diagnostics));
    }

    internal static void AssertChinese(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", d.Message);
            foreach (var english in new[] { "Unexpected", "Could not", "Input string", "Exception", "reader", "Path '", "line ", "position", "Invalid", "Error", "JavaScript", "MaxDepth", "Cannot" })
            {
                Assert.DoesNotContain(english, d.Message + d.Suggestion, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
