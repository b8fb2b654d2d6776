using System.Text;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation.Typography;

namespace PerfEvalDocGen.Tests.Validation.Typography;

/// <summary>Each typography warning at its character, and what fix makes of it.</summary>
public class TypographyLintTests
{
    private static IReadOnlyList<Diagnostic> Lint(string json) => TypographyDiagnostics.Check(json, "d.json");

    private static string Fixed(string json) => Encoding.UTF8.GetString(TypographyFix.Plan(Encoding.UTF8.GetBytes(json), "d.json").Content);

    [Fact]
    public void Half_width_punctuation_in_Chinese_text_is_placed_at_the_character()
    {
        var json = "{\n  \"a\": {\n    \"text\": \"一是增加;二是调动,三是(河长制)与（服务)\"\n  }\n}";
        var found = Lint(json);
        Assert.All(found, d => Assert.Equal(("PE531", Severity.Warning, "a.text", 3), (d.Code, d.Severity, d.JsonPath, d.Line)));
        // "    \"text\": \"" is 13 characters: the value's first character is column 14.
        Assert.Equal([14 + 4, 14 + 9, 14 + 12, 14 + 16, 14 + 21], found.Select(d => d.Column));
        Assert.Contains("\"一是增加；二是调动，三是（河长制）与（服务）\"", Fixed(json));
    }

    [Theory]
    [InlineData("满意度, 让群众舒心", "满意度，让群众舒心")]
    [InlineData("综合项目 (城管、综治)、预算", "综合项目（城管、综治）、预算")]
    [InlineData("一是增加;  二是(调动) (三)", "一是增加；二是（调动）（三）")]
    public void A_full_width_mark_takes_the_ASCII_spaces_typed_beside_it(string text, string expected)
    {
        var json = "{\"t\": \"" + text + "\"}";
        var found = Lint(json);
        Assert.All(found, d => Assert.Equal("PE531", d.Code));
        // Each warning points at the mark itself, not at the spaces the fix also takes away.
        Assert.All(found, d => Assert.Contains(json[d.Column - 1], ",;:()"));
        Assert.Equal("{\"t\": \"" + expected + "\"}", Fixed(json));
    }

    [Theory]
    [InlineData("{\"a\": \"共1,234.50万元\"}")]
    [InlineData("{\"a\": \"10:30开会\"}")]
    [InlineData("{\"a\": \"see (note), ok; a:b\"}")]
    [InlineData("{\"a\": \"完成率 ≥ 95%\"}")]
    public void Half_width_marks_between_digits_or_in_English_are_left_alone(string json) =>
        Assert.DoesNotContain(Lint(json), d => d.Code == "PE531");

    [Fact]
    public void Mixed_comparison_signs_in_one_column_yield_to_the_majority()
    {
        var json = "{\"rows\": [ {\"target\": \"≥90%\"}, {\"target\": \"≧98%\"}, {\"target\": \"≥100%\"}, {\"other\": \"≧1\"} ]}";
        var d = Assert.Single(Lint(json));
        Assert.Equal(("PE532", "rows[1].target", 1, json.IndexOf('≧') + 1), (d.Code, d.JsonPath, d.Line, d.Column));
        Assert.Equal("{\"rows\": [ {\"target\": \"≥90%\"}, {\"target\": \"≥98%\"}, {\"target\": \"≥100%\"}, {\"other\": \"≧1\"} ]}", Fixed(json));
    }

    [Fact]
    public void A_title_spaced_with_ASCII_spaces_is_flagged_and_closed_up()
    {
        var json = "{\"title\": \"自  评  报  告\", \"body\": \"中 国\"}";
        var found = Lint(json);
        Assert.Equal(3, found.Count);
        Assert.All(found, d => Assert.Equal(("PE533", "title"), (d.Code, d.JsonPath)));
        Assert.Equal(json.IndexOf("  ", StringComparison.Ordinal) + 1, found[0].Column);
        Assert.Equal("{\"title\": \"自评报告\", \"body\": \"中 国\"}", Fixed(json));
    }

    [Fact]
    public void Item_markers_mixed_at_one_level_follow_the_majority_in_a_list_and_in_the_lines_of_one_text()
    {
        var list = "{\"points\": [\"1、抓项目\", \"2.抓经济\", \"3、抓民生\", \"版本1.5说明\"]}";
        var d = Assert.Single(Lint(list));
        Assert.Equal(("PE534", "points[1]"), (d.Code, d.JsonPath));
        Assert.Equal("{\"points\": [\"1、抓项目\", \"2、抓经济\", \"3、抓民生\", \"版本1.5说明\"]}", Fixed(list));

        var lines = "{\"text\": \"1.抓项目\\n2、抓经济\"}";
        var e = Assert.Single(Lint(lines));
        Assert.Equal(("PE534", "text"), (e.Code, e.JsonPath));
        // The escape \n is two characters in the file: the "、" of the second line is at column 10 + 5 + 2.
        Assert.Equal(lines.IndexOf('、') + 1, e.Column);
        Assert.Equal("{\"text\": \"1.抓项目\\n2.抓经济\"}", Fixed(lines));
    }

    [Fact]
    public void A_line_ending_in_a_comma_before_the_next_line_gets_a_full_stop()
    {
        var json = "{\"p\": [\"第一行，\\n第二行。\", \"甲，  \\n\\n乙\", \"ok,\\nnext\"], \"q\": \"一，\\r\\n二\"}";
        var found = Lint(json);
        Assert.Equal(["p[0]", "p[1]", "q"], found.Select(d => d.JsonPath));
        Assert.All(found, d => Assert.Equal("PE535", d.Code));
        Assert.Equal("{\"p\": [\"第一行。\\n第二行。\", \"甲。  \\n\\n乙\", \"ok,\\nnext\"], \"q\": \"一。\\r\\n二\"}", Fixed(json));
    }

    [Theory]
    [InlineData("{\"closing\": \"由于三公经费及项目经费压缩，\"}")]
    [InlineData("{\"paragraphs\": [\"三公经费均控制在预算范围内，\"]}")]
    [InlineData("{\"t\": \"第一行。\\n由于经费压缩，\\n\"}")]
    public void The_end_of_a_text_is_not_judged_since_a_template_may_continue_it(string json) =>
        Assert.DoesNotContain(Lint(json), d => d.Code == "PE535");

    [Theory]
    [InlineData("支出12 万元。", "支出12万元。")]
    [InlineData("编制 7 名，满意率99.3 %", "编制7名，满意率99.3%")]
    [InlineData("共12\\n万元", "共12万元")]
    [InlineData("共12\\n  万元", "共12万元")]
    [InlineData("共3\\n人。", "共3人。")]
    [InlineData("2023年 共5　户", "2023年 共5户")]
    [InlineData("合计1,234.50 万元", "合计1,234.50万元")]
    [InlineData("副主任 2名，站长　1名", "副主任2名，站长1名")]
    public void A_figure_split_from_its_unit_is_joined(string text, string expected)
    {
        var json = "{\"t\": \"" + text + "\"}";
        var found = Lint(json);
        Assert.Contains(found, d => d.Code == "PE536");
        // The warning points at the gap after the figure.
        Assert.All(found, d => Assert.True(json[d.Column - 1] is ' ' or '\\' or '\u3000', $"column {d.Column} of {json}"));
        Assert.Equal("{\"t\": \"" + expected + "\"}", Fixed(json));
    }

    [Theory]
    [InlineData("人数：5\\n人员经费由财政保障。")]
    [InlineData("完成指标3\\n项目支出执行良好。")]
    [InlineData("版本 2.5 说明")]
    public void A_line_that_ends_in_a_figure_before_a_word_starting_with_a_unit_is_not_joined(string text)
    {
        var json = "{\"t\": \"" + text + "\"}";
        Assert.DoesNotContain(Lint(json), d => d.Code == "PE536");
    }

    [Fact]
    public void Property_names_numbers_and_clean_text_give_nothing()
    {
        Assert.Empty(Lint("{\"名称(单位)\": 12, \"a\": \"本单位无政府性基金预算支出。\", \"b\": [1, 2.5, true, null], \"c\": \"≥95%\"}"));
    }

    [Fact]
    public void Generated_strings_round_trip_every_untouched_character()
    {
        // Unseen data: random strings of Chinese, ASCII punctuation, digits, units, escapes and spaces; the fixed file must
        // differ from the original only inside the strings the lint changed, and parse to the same structure.
        var random = new Random(11);
        const string alphabet = "中文预算支出,;:()1234 万元名%\n\"\\≥≧、.，。abc\t";
        for (var n = 0; n < 200; n++)
        {
            var values = Enumerable.Range(0, 6).Select(_ => new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())).ToList();
            var json = Newtonsoft.Json.JsonConvert.SerializeObject(new { rows = values.Select(v => new { target = v }), text = values[0] }, Newtonsoft.Json.Formatting.Indented);
            var plan = TypographyFix.Plan(Encoding.UTF8.GetBytes(json), "g.json");
            var after = Encoding.UTF8.GetString(plan.Content);
            var before = Newtonsoft.Json.Linq.JToken.Parse(json);
            var result = Newtonsoft.Json.Linq.JToken.Parse(after);
            // Outside the strings, not one character differs; property names are unchanged too.
            Assert.Equal(Skeleton(json), Skeleton(after));
            Assert.Equal(before.SelectTokens("$..*").Count(), result.SelectTokens("$..*").Count());
            Assert.Equal(((Newtonsoft.Json.Linq.JArray)before["rows"]!).Count, ((Newtonsoft.Json.Linq.JArray)result["rows"]!).Count);
            // Fixing converges: what one run leaves (overlapping findings) the next takes, and then nothing is left.
            var bytes = plan.Content;
            for (var round = 0; round < 4 && TypographyFix.Plan(bytes, "g.json") is { Edits.Count: > 0 } next; round++)
            {
                bytes = next.Content;
            }
            Assert.Empty(Lint(Encoding.UTF8.GetString(bytes)));
        }
    }

    private static string Skeleton(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"(?:[^\"\\\\]|\\\\.)*\"", "S");

    [Fact]
    public void The_shipped_examples_are_clean()
    {
        // The examples are what a new user copies: they carry none of these slips (perfeval fix was run over them).
        foreach (var file in Directory.GetFiles(RepoPaths.Examples, "*.json").Order(StringComparer.Ordinal))
        {
            var found = Lint(File.ReadAllText(file));
            Assert.True(found.Count == 0, Path.GetFileName(file) + ":\n" + string.Join("\n", found));
        }
    }

    [Fact]
    public void Escapes_and_the_rest_of_a_changed_string_are_kept_as_spelled()
    {
        // Only the characters concerned change: \u3002, \/ and \" elsewhere in the same string stay as written.
        var json = "{\"t\": \"\\u4e00\\u662f;\\/ \\\"\u5f15\\\" 2 \u540d\\u3002\"}";
        Assert.Equal("{\"t\": \"\\u4e00\\u662f；\\/ \\\"\u5f15\\\" 2名\\u3002\"}", Fixed(json));
    }

    [Fact]
    public void A_file_with_a_comment_is_refused_by_fix_and_not_linted_by_validate()
    {
        // The scanner reads standard JSON only; a comment with a quote in it would otherwise shift every string after it.
        var json = "{\n  // 说明 \"a;b\n  \"t\": \"一是;二是\"\n}";
        var error = Assert.Throws<PerfEvalException>(() => TypographyFix.Plan(Encoding.UTF8.GetBytes(json), "d.json"));
        var d = Assert.Single(error.Diagnostics);
        Assert.Equal(("PE537", 2, 3), (d.Code, d.Line, d.Column));
        Assert.Contains("不是有效的 JSON", d.Message, StringComparison.Ordinal);
        var validated = PerfEvalDocGen.Validation.ReportValidator.Validate(json, "d.json", new PerfEvalDocGen.Validation.ValidationOptions { Typography = true });
        Assert.DoesNotContain(validated.Diagnostics, x => x.Code is "PE531");
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_refused()
    {
        var gbk = new byte[] { (byte)'{', (byte)'"', (byte)'t', (byte)'"', (byte)':', (byte)'"', 0xD2, 0xBB, (byte)';', 0xB6, 0xFE, (byte)'"', (byte)'}' };
        var error = Assert.Throws<PerfEvalException>(() => TypographyFix.Plan(gbk, "d.json"));
        Assert.Equal("PE537", Assert.Single(error.Diagnostics).Code);
        Assert.Contains("UTF-8", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
