using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>
/// Spaces around a text and breaks inside it are printed as typed (a trailing space reaches the file name, a line break
/// splits the unit's name across two title lines): each is named with its field and position (PE146, PE147).
/// </summary>
public class LayoutCharacterTests
{
    private static JObject Example() => JObject.Parse(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")));

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "unit.name", "岳阳楼区岳阳楼街道办事处　", "PE146", "末尾有全角空格" },
        { "unit.name", " 岳阳楼区岳阳楼街道办事处", "PE146", "开头有空格" },
        { "unit.name", "\u00A0岳阳楼区岳阳楼街道办事处\n", "PE146", "开头和末尾有不换行空格" },
        { "unit.name", "岳阳楼区\n岳阳楼街道办事处", "PE147", "中有换行符" },
        { "unit.name", "岳阳楼区\r\n岳阳楼街道办事处", "PE147", "中有换行符" },
        { "duties[0].office", "党政\t办公室", "PE147", "中有制表符" },
        { "narrative.problems.intro", "第一句。\u2028第二句。", "PE147", "断开，另起一行或一段" },
        { "signature.preparer", "湛宙\u200B", "PE146", "末尾有零宽空格" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_space_around_or_a_break_inside_a_text_is_named_at_its_field(string path, string text, string code, string words)
    {
        var data = Example();
        ((JValue)data.SelectToken(path)!).Value = text;
        var result = ReportValidator.Validate(data.ToString(), "unit.json");
        var found = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(Severity.Warning, found.Severity);
        Assert.Equal(path, found.JsonPath);
        Assert.Contains(words, found.Message, StringComparison.Ordinal);
        Assert.True(found.Line > 1 && found.Column > 1);
        Assert.NotNull(result.Data);
    }

    [Fact]
    public void Spaces_inside_a_text_and_the_examples_are_not_flagged()
    {
        var data = Example();
        data["unit"]!["name"] = "岳阳楼区 岳阳楼街道办事处";
        Assert.DoesNotContain(ReportValidator.Validate(data.ToString(), "unit.json").Diagnostics, d => d.Code is "PE146" or "PE147");
        foreach (var example in Directory.GetFiles(RepoPaths.Root + "/examples", "*.json"))
        {
            Assert.DoesNotContain(ReportValidator.ValidateFile(example).Diagnostics, d => d.Code is "PE146" or "PE147");
        }
    }
}
