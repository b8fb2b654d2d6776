using System.Net;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Validation;
using PerfEvalDocGen.Web.Api;
using PerfEvalDocGen.Web.Tests.Support;

namespace PerfEvalDocGen.Web.Tests.Api;

public sealed class ValidateApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Answers_exactly_what_validate_format_json_prints()
    {
        var path = RepoPaths.Example("yueyanglou-2023.json");
        var response = await ApiCalls.Post(client, "/api/validate?name=yueyanglou-2023.json", File.ReadAllText(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("app;dur=", response.Headers.GetValues("Server-Timing").Single());

        // The real command, run from the examples folder so it names the file as the request did.
        var cli = Path.Combine(AppContext.BaseDirectory, "perfeval.dll");
        var run = ProcessRunner.Run("dotnet", [cli, "validate", "--format", "json", "yueyanglou-2023.json"], Path.GetDirectoryName(path)!);
        Assert.Equal(1, run.ExitCode);
        var printed = JToken.Parse(run.StdOut);
        var answered = await ApiCalls.ReadJson(response);
        Assert.True(JToken.DeepEquals(printed, answered), $"CLI:\n{printed}\nAPI:\n{answered}");
        Assert.Contains(answered[0]!["diagnostics"]!, d => (string?)d["code"] == "PE203" && (string?)d["path"] == "budget.basicExpenditure");
    }

    [Theory]
    [InlineData("{\"unit\": {\"name\": \"甲\",", "PE101")]
    [InlineData("", "PE101")]
    [InlineData("{\"budget\": {\"executed\": 950万}}", "PE132")]
    [InlineData("{\"budget\": {\"executed\": \"950万\"}}", "PE104")]
    [InlineData("{\"bugdet\": {}}", "PE103")]
    [InlineData("[1, 2]", "PE104")]
    public async Task Malformed_data_gets_the_same_chinese_diagnostics_as_the_cli(string text, string code)
    {
        var response = await ApiCalls.Post(client, "/api/validate", text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await ApiCalls.ReadJson(response))[0]!;
        var diagnostics = report["diagnostics"]!.ToList();
        Assert.Contains(diagnostics, d => (string?)d["code"] == code);
        var expected = ReportValidator.Validate(text, "data.json").Diagnostics;
        Assert.True(JToken.DeepEquals(DiagnosticJson.Report("data.json", expected), report));
        foreach (var d in diagnostics)
        {
            var message = (string)d["message"]!;
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
            Assert.DoesNotContain("Exception", message);
            Assert.DoesNotContain("   at ", message);
        }
    }

    [Fact]
    public async Task A_byte_order_mark_is_read_as_the_cli_reads_it()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(RepoPaths.Example("yuehu-2019.json"))).ToArray();
        var response = await client.PostAsync("/api/validate", new ByteArrayContent(bytes));
        var report = (await ApiCalls.ReadJson(response))[0]!;
        Assert.Equal(0, (int)report["errors"]!);
    }

    /// <summary>
    /// Units never seen before: each example with one value replaced by something a user might type (text in a number,
    /// a negative, a wrong date, a deleted section, a truncated file). The API must say exactly what the validator says,
    /// never fail with a server error.
    /// </summary>
    [Fact]
    public async Task Generated_faulty_units_get_the_validators_own_diagnostics()
    {
        var random = new Random(20261202);
        JToken[] faults = ["950万", -12.5, "2024-02-30", "", 1e30, new JArray(), new JObject(), "\u0007", true, null!];
        var examples = RepoPaths.Examples().Select(File.ReadAllText).ToList();
        for (var i = 0; i < 40; i++)
        {
            var root = JObject.Parse(examples[random.Next(examples.Count)]);
            var leaves = root.Descendants().OfType<JValue>().ToList();
            var leaf = leaves[random.Next(leaves.Count)];
            var text = i % 8 == 7
                ? root.ToString()[..random.Next(1, root.ToString().Length)]
                : Replace(root, leaf, faults[random.Next(faults.Length)]);
            var response = await ApiCalls.Post(client, "/api/validate?name=unit.json", text);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expected = DiagnosticJson.Report("unit.json", ReportValidator.Validate(text, "unit.json").Diagnostics);
            Assert.True(JToken.DeepEquals(expected, (await ApiCalls.ReadJson(response))[0]), $"case {i}: {leaf.Path}");
        }
    }

    [Fact]
    public async Task The_name_a_client_sends_only_labels_diagnostics_and_is_never_a_path()
    {
        var response = await ApiCalls.Post(client, "/api/validate?name=" + Uri.EscapeDataString("../../etc/passwd"), "{");
        var report = (await ApiCalls.ReadJson(response))[0]!;
        Assert.Equal("passwd", (string?)report["file"]);
        var windows = await ApiCalls.Post(client, "/api/validate?name=" + Uri.EscapeDataString(@"C:\Windows\win.ini"), "{");
        Assert.Equal("win.ini", (string?)(await ApiCalls.ReadJson(windows))[0]!["file"]);
    }

    private static string Replace(JObject root, JValue leaf, JToken value)
    {
        leaf.Replace(value?.DeepClone() ?? JValue.CreateNull());
        return root.ToString();
    }
}
