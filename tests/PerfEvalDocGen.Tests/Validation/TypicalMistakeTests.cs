using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>
/// Typical slips of data entry, made on a copy of each of the five examples (one per template set): each is reported
/// with its own code at the field typed wrong, and adds nothing elsewhere to what the example already gets (a total typed
/// wrong also disagrees with its parts there).
/// </summary>
public class TypicalMistakeTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in new[] { "yueyanglou-2023.json", "dongfanghong-2022.json", "qingshuitang-2020.json", "yinpenling-2019.json", "yuehu-2019.json" })
        {
            var json = JObject.Parse(File.ReadAllText(RepoPaths.Example(example)));
            // A slip in a field the example does not fill (the phone of a set that prints no signature) is left out.
            foreach (var mistake in Mistakes.Where(m => json.SelectToken(m.Value.Path) is { Type: not JTokenType.Null } || m.Value.Code == "PE227"))
            {
                data.Add(example, mistake.Key);
            }
        }
        return data;
    }

    // What is typed wrong, and the code and path it must be reported with.
    private static readonly Dictionary<string, (Action<JObject> Make, string Code, string Path)> Mistakes = new()
    {
        ["a row in 元"] = (d => Row(d, "threePublicExpenses.reception")["currentActual"] = 30000m, "PE227", "threePublicExpenses.reception.currentActual"),
        ["the total in 亿元"] = (d => d["budget"]!["executed"] = (decimal)d["budget"]!["executed"]! / 10000m, "PE144", "budget.executed"),
        ["a placeholder name"] = (d => d["unit"]!["name"] = "XXX街道办事处", "PE148", "unit.name"),
        ["a date two years on"] = (d => d["signature"]!["reportDate"] = $"{(int)d["unit"]!["year"]! + 2}-03-31", "PE213", "signature.reportDate"),
        ["a short phone"] = (d => d["signature"]!["phone"] = "1397504032", "PE232", "signature.phone"),
        ["the name with its year"] = (d => d["unit"]!["name"] = (string)d["unit"]!["name"]! + d["unit"]!["year"] + "年度", "PE234", "unit.name"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_typical_mistake_is_reported_at_its_field_and_nowhere_else(string example, string mistake)
    {
        var text = File.ReadAllText(RepoPaths.Example(example));
        var before = ReportValidator.Validate(text, example).Diagnostics.Select(d => (d.Code, d.JsonPath)).ToHashSet();
        var data = JObject.Parse(text);
        var (make, code, path) = Mistakes[mistake];
        make(data);
        var after = ReportValidator.Validate(data.ToString(), example).Diagnostics;
        var added = after.Where(d => !before.Contains((d.Code, d.JsonPath))).ToList();
        var found = Assert.Single(added, d => d.Code == code);
        Assert.Equal(path, found.JsonPath);
        Assert.All(added, d => Assert.Equal(path, d.JsonPath));
        Assert.True(found.Line > 1 && found.Column > 1, $"{found.Line},{found.Column}");
        Assert.False(string.IsNullOrEmpty(found.Suggestion));
    }

    private static JObject Row(JObject data, string path)
    {
        var parts = path.Split('.');
        var node = data;
        foreach (var part in parts)
        {
            if (node[part] is not JObject next)
            {
                next = new JObject();
                node[part] = next;
            }
            node = next;
        }
        return node;
    }
}
