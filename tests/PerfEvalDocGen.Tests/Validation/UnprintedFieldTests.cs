using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>PE224: filled text the chosen set never prints is named with the set, found by rendering the package.</summary>
public class UnprintedFieldTests
{
    private static JObject Example() => JObject.Parse(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")));

    private static List<string> Unprinted(JObject data) =>
        ReportValidator.Validate(data.ToString(), "data.json").Diagnostics.Where(d => d.Code == "PE224").Select(d => d.JsonPath!).ToList();

    [Fact]
    public void Text_hunan_2023_never_prints_is_named_once_per_part_with_the_set()
    {
        var data = Example();
        var narrative = (JObject)data["narrative"]!;
        narrative["evaluation"] = new JObject { ["paragraphs"] = new JArray("自评得分 95.36 分，等级为优。") };
        narrative["preamble"] = new JObject { ["intro"] = "根据有关文件要求，现将自评情况报告如下。" };
        var theme = (JObject)narrative["results"]!["themes"]![0]!;
        theme["points"] = new JArray(new JObject { ["title"] = "一是抓学习。", ["text"] = "全年集中学习 12 次。" });

        var result = ReportValidator.Validate(data.ToString(), "data.json");
        var warnings = result.Diagnostics.Where(d => d.Code == "PE224").ToList();
        Assert.Equal(["narrative.evaluation", "narrative.preamble", "narrative.results.themes[0].points"], warnings.Select(d => d.JsonPath).Order(StringComparer.Ordinal));
        Assert.All(warnings, d => Assert.Contains("hunan-2023", d.Message));
        Assert.All(warnings, d => Assert.True(d.Line > 0));
    }

    [Fact]
    public void The_probe_leaves_the_data_tree_as_written()
    {
        var data = Example();
        // A shape of data the probe's cache has not seen (its key counts list items), so it renders with markers planted.
        var problems = (JArray)data["narrative"]!["problems"]!["points"]!;
        for (var i = 0; i < 20 + Random.Shared.Next(200); i++)
        {
            problems.Add(new JObject { ["title"] = $"问题{i}。", ["text"] = "有待改进。" });
        }
        var written = data.ToString();
        var probe = PerfEvalDocGen.Validation.Rules.PrintedTextProbe.Probe(data, PerfEvalDocGen.Templates.TemplateSet.Embedded("hunan-2023"));
        Assert.NotNull(probe);
        Assert.True(probe.Value.Rendered);
        Assert.Equal(written, data.ToString());
        Assert.DoesNotContain("QXZ", data.ToString());
    }

    [Fact]
    public void The_same_text_under_a_set_that_prints_it_is_not_named()
    {
        var data = Example();
        // Everything the example fills, hunan-2023 prints.
        Assert.Empty(Unprinted(data));
        // A second problem point is printed like the first.
        var problems = (JArray)data["narrative"]!["problems"]!["points"]!;
        problems.Add(new JObject { ["title"] = "宣传不够。", ["text"] = "群众知晓率有待提高。" });
        Assert.Empty(Unprinted(data));
    }

    [Fact]
    public void Defaults_of_the_model_are_not_taken_for_filled_text()
    {
        // Project class names come from the model when the file leaves them out; they are not the writer's text.
        var data = JObject.Parse(File.ReadAllText(RepoPaths.Example("qingshuitang-2020.json")));
        Assert.Empty(Unprinted(data));
    }
}
