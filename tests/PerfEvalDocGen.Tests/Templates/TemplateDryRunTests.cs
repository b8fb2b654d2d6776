using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>validate renders the chosen set against the data: what a template reads and the data lacks is a located data error.</summary>
public class TemplateDryRunTests
{
    [Fact]
    public void A_field_only_a_template_reads_is_required_by_validate_with_its_place()
    {
        var json = JObject.Parse(File.ReadAllText(RepoPaths.Example("yuehu-2019.json")));
        ((JObject)json["organization"]!).Property("changeFromLastYear")!.Remove();
        var result = ReportValidator.Validate(json.ToString(), "yuehu.json");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "PE316");
        Assert.Equal("organization.changeFromLastYear", diagnostic.JsonPath);
        Assert.Equal("yuehu.json", diagnostic.File);
        Assert.True(diagnostic.Line > 1);
        Assert.Contains("kaifu-2019", diagnostic.Message);
        Assert.Contains("人员情况.scriban", diagnostic.Message);
        Assert.Null(result.Data);
    }

    [Fact]
    public void A_blank_figure_read_through_a_loop_is_found_before_generate_and_names_the_template_place()
    {
        // A breakdown's amount is required (PE106), so the loop reads an item whose figures may be blank: an other budget's 支出数.
        using var temp = new TempDirectory();
        var folder = TemplateFolder.Write(temp, """{ "name": "loop", "outline": [ { "title": "政府性基金", "template": "基金" } ] }""",
            ("基金", "{{ for item in governmentFundBudget.items }}{{ item.name }}{{ money item.actual }}万元。{{ end }}"));
        var json = JObject.Parse(File.ReadAllText(RepoPaths.Example("yuehu-2019.json")));
        json["governmentFundBudget"] = JObject.Parse("""{ "items": [ { "name": "城市建设支出", "budget": 10, "actual": null } ] }""");
        var result = ReportValidator.Validate(json.ToString(), "y.json", templates: TemplateSet.FromDirectory(folder));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "PE316");
        Assert.Contains("loop", diagnostic.Message);
        Assert.Matches(@"基金\.scriban\(\d+,\d+\)", diagnostic.Message);
        Assert.True(diagnostic.Message.Contains("item.actual"), diagnostic.ToString());
        Assert.DoesNotContain("Exception", diagnostic.ToString());
    }

    [Fact]
    public void Every_example_passes_the_dry_run_of_its_own_set() =>
        Assert.All(Directory.GetFiles(RepoPaths.Examples, "*.json"), file =>
            Assert.DoesNotContain(ReportValidator.ValidateFile(file).Diagnostics, d => d.Code == "PE316"));
}
