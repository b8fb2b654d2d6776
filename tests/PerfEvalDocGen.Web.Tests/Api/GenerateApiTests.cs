using System.Net;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;
using PerfEvalDocGen.Web.Tests.Support;

namespace PerfEvalDocGen.Web.Tests.Api;

public sealed class GenerateApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> Examples() => [.. RepoPaths.Examples().Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_docx_is_byte_for_byte_the_package_the_library_generates(string example)
    {
        var text = File.ReadAllText(RepoPaths.Example(example));
        var response = await ApiCalls.Post(client, "/api/generate", text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType!.MediaType);
        var expected = new ReportGenerator().Generate(ReportValidator.Validate(text, example).Data!);
        Assert.Equal(expected.Content, await response.Content.ReadAsByteArrayAsync());

        // RFC 5987: the Chinese name in filename*, percent-encoded UTF-8; a plain ASCII filename beside it.
        var header = response.Content.Headers.GetValues("Content-Disposition").Single();
        Assert.StartsWith("attachment;", header);
        Assert.Contains("filename*=UTF-8''", header);
        Assert.All(header, c => Assert.True(c < 128, header));
        Assert.Equal(expected.FileName, ApiCalls.DownloadName(response));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Figures_are_the_calculators(string example)
    {
        var text = File.ReadAllText(RepoPaths.Example(example));
        var response = await ApiCalls.Post(client, "/api/figures", text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = await ApiCalls.ReadJson(response);
        var expected = FigureCalculator.Compute(ReportValidator.Validate(text, example).Data!);
        Assert.Equal(expected.ExecutionRate, (decimal?)figures["executionRate"]);
        Assert.Equal(expected.ExecutionScore, (decimal?)figures["executionScore"]);
        Assert.Equal(expected.TotalScore, (decimal?)figures["totalScore"]);
        Assert.Equal(expected.Grade, (string?)figures["grade"]);
        Assert.Equal(expected.ThreePublicTotal.CurrentActual, (decimal?)figures["threePublicTotal"]!["currentActual"]);
        Assert.Equal(expected.BasicShare, (decimal?)figures["basicShare"]);
        Assert.Equal(expected.IndicatorGroups.Count, figures["indicatorGroups"]!.Count());
    }

    [Fact]
    public async Task Data_with_errors_is_refused_with_its_diagnostics_and_nothing_generated()
    {
        var text = File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")).Replace("\"reportDate\": \"2024-05-28\"", "\"reportDate\": \"2024-02-30\"");
        foreach (var url in new[] { "/api/generate", "/api/figures", "/api/generate?format=pdf" })
        {
            var response = await ApiCalls.Post(client, url, text);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var report = await ApiCalls.ReadJson(response);
            Assert.Contains(report["diagnostics"]!, d => (string?)d["code"] == "PE108" && (string?)d["path"] == "signature.reportDate");
        }
    }

    [Fact]
    public async Task A_template_set_is_chosen_by_name_only()
    {
        // A set other than the one the data names, that the data has all it needs for.
        var text = File.ReadAllText(RepoPaths.Example("dongfanghong-2022.json"));
        var own = ReportValidator.Validate(text, "x.json").Data!.TemplateSet;
        var other = TemplateSet.EmbeddedNames.First(n => n != own && !ReportValidator.Validate(text, "x.json", null, TemplateSet.Embedded(n)).HasErrors);
        var response = await ApiCalls.Post(client, "/api/generate?templates=" + other, text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = new ReportGenerator(TemplateSet.Embedded(other)).Generate(ReportValidator.Validate(text, "x.json").Data!);
        Assert.NotEqual(new ReportGenerator().Generate(ReportValidator.Validate(text, "x.json").Data!).Content, expected.Content);
        Assert.Equal(expected.Content, await response.Content.ReadAsByteArrayAsync());

        foreach (var name in new[] { "../../templates/hunan-2023", "/etc", "no-such-set" })
        {
            var refused = await ApiCalls.Post(client, "/api/generate?templates=" + Uri.EscapeDataString(name), text);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var report = await ApiCalls.ReadJson(refused);
            Assert.Equal("PE305", (string?)report["diagnostics"]![0]!["code"]);
        }
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var response = await ApiCalls.Post(client, "/api/generate?format=exe", File.ReadAllText(RepoPaths.Example("yuehu-2019.json")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PE603", (string?)(await ApiCalls.ReadJson(response))["diagnostics"]![0]!["code"]);
    }

    [Fact]
    public async Task Pdf_is_converted_by_libreoffice()
    {
        var response = await ApiCalls.Post(client, "/api/generate?format=pdf", File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.EndsWith(".pdf", ApiCalls.DownloadName(response));
    }

    [Fact]
    public async Task Concurrent_requests_each_get_their_own_unit()
    {
        var texts = RepoPaths.Examples().Select(File.ReadAllText).ToList();
        var expected = texts.Select(t => new ReportGenerator().Generate(ReportValidator.Validate(t, "x.json").Data!).Content).ToList();
        var validations = texts.Select(t => ReportValidator.Validate(t, "data.json").Diagnostics.Count).ToList();
        var generate = Enumerable.Range(0, 40).Select(async i =>
        {
            var response = await ApiCalls.Post(client, "/api/generate", texts[i % texts.Count]);
            Assert.Equal(expected[i % texts.Count], await response.Content.ReadAsByteArrayAsync());
        });
        var validate = Enumerable.Range(0, 100).Select(async i =>
        {
            var response = await ApiCalls.Post(client, "/api/validate", texts[i % texts.Count]);
            Assert.Equal(validations[i % texts.Count], (await ApiCalls.ReadJson(response))[0]!["diagnostics"]!.Count());
        });
        await Task.WhenAll(generate.Concat(validate));
    }
}
