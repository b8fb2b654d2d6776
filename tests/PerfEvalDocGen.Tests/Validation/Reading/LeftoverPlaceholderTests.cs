using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>Placeholders of a template or a model report left in the data print as they are; each is named at its field (PE148).</summary>
public class LeftoverPlaceholderTests
{
    private static JObject Example() => JObject.Parse(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")));

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "unit.shortName", "XXX街道办事处", "XXX" },
        { "signature.preparer", "×××", "×××" },
        { "signature.phone", "0730-xxxxxxx", "xxxxxxx" },
        { "goals[1].achieved", "此处填写实际完成情况", "此处填写" },
        { "frugalityMeasures", "待补充", "待补充" },
        { "indicators[5].actual", "略", "略" },
        { "narrative.problems.points[1].text", "某某社区的台账不够规范。", "某某" },
        { "duties[0].text", "……", "……" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_placeholder_left_in_a_text_is_named_at_its_field(string path, string text, string shown)
    {
        var data = Example();
        ((JValue)data.SelectToken(path)!).Value = text;
        var result = ReportValidator.Validate(data.ToString(), "unit.json");
        var found = Assert.Single(result.Diagnostics, d => d.Code == "PE148");
        Assert.Equal(Severity.Warning, found.Severity);
        Assert.Equal(path, found.JsonPath);
        Assert.Contains($"“{shown}”", found.Message, StringComparison.Ordinal);
        Assert.True(found.Line > 1 && found.Column > 1);
    }

    [Theory]
    [InlineData("制度有待补充完善。")]
    [InlineData("购置 XXL 号工作服 20 套。")]
    [InlineData("辖区面积 2.3 平方公里，XX")]
    public void Ordinary_prose_is_not_a_placeholder(string text)
    {
        var data = Example();
        data["frugalityMeasures"] = text;
        var found = ReportValidator.Validate(data.ToString(), "unit.json").Diagnostics.Where(d => d.Code == "PE148").ToList();
        Assert.Equal(text.EndsWith("XX", StringComparison.Ordinal) ? 1 : 0, found.Count);
    }

    [Fact]
    public void The_examples_have_no_placeholder()
    {
        foreach (var example in Directory.GetFiles(RepoPaths.Root + "/examples", "*.json"))
        {
            Assert.DoesNotContain(ReportValidator.ValidateFile(example).Diagnostics, d => d.Code == "PE148");
        }
    }
}
