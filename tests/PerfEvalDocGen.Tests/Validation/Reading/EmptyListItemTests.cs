using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>An empty text in a list of texts prints an empty line and counts (内设机构 N 个): an error at the item (PE106).</summary>
public class EmptyListItemTests
{
    [Theory]
    [InlineData("")]
    [InlineData("　")]
    public void An_empty_office_in_a_list_is_an_error_at_the_item(string text)
    {
        var data = JObject.Parse(File.ReadAllText(RepoPaths.Example("yuehu-2019.json")));
        ((JArray)data.SelectToken("organization.groups[0].members")!).Add(text);
        var result = ReportValidator.Validate(data.ToString(), "unit.json");
        var found = Assert.Single(result.Diagnostics, d => d.Code == "PE106");
        Assert.Equal(Severity.Error, found.Severity);
        Assert.Equal("organization.groups[0].members[5]", found.JsonPath);
        Assert.Contains("第 6 项", found.Message);
        Assert.Null(result.Data);
    }
}
