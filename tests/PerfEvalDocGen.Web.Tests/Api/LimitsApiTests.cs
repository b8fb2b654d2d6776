using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Schema;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Web.Tests.Support;

namespace PerfEvalDocGen.Web.Tests.Api;

public sealed class LimitsApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/validate")]
    [InlineData("/api/figures")]
    [InlineData("/api/generate")]
    public async Task A_body_over_5_mb_is_refused_with_413(string url)
    {
        var text = "{\"frugalityMeasures\": \"" + new string('节', 2 * 1024 * 1024) + "\"}";
        Assert.True(Encoding.UTF8.GetByteCount(text) > ServeOptions.MaxBodyBytes);
        var response = await ApiCalls.Post(client, url, text);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PE600", (string?)(await ApiCalls.ReadJson(response))["diagnostics"]![0]!["code"]);
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_is_counted_too()
    {
        var content = new StreamContent(new MemoryStream(new byte[ServeOptions.MaxBodyBytes + 10]));
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Just_under_the_limit_is_read()
    {
        var text = "{\"frugalityMeasures\": \"" + new string('a', (int)ServeOptions.MaxBodyBytes - 100) + "\"}";
        var response = await ApiCalls.Post(client, "/api/validate", text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Schema_and_template_sets_are_the_librarys()
    {
        Assert.Equal(SchemaWriter.Write(), await client.GetStringAsync("/api/schema"));
        var sets = JArray.Parse(await client.GetStringAsync("/api/templates"));
        Assert.Equal(TemplateSet.EmbeddedNames, sets.Select(s => (string)s["name"]!));
        Assert.Single(sets, s => (bool)s["default"]! && (string?)s["name"] == TemplateSet.DefaultName);
    }

    [Fact]
    public async Task The_starter_is_the_init_starter()
    {
        var starter = await client.GetStringAsync("/api/starter?unit=" + Uri.EscapeDataString("测试街道办事处") + "&year=2025");
        Assert.Equal(StarterData.Write("测试街道办事处", 2025, SchemaWriter.FileName), starter);
    }

    [Theory]
    [InlineData("/static/app.js", HttpStatusCode.OK)]
    [InlineData("/static/app.css", HttpStatusCode.OK)]
    [InlineData("/static/..%2Fapp.js", HttpStatusCode.NotFound)]
    [InlineData("/static/..%2F..%2FPerfEvalDocGen.Web.dll", HttpStatusCode.NotFound)]
    [InlineData("/static/%2Fetc%2Fpasswd", HttpStatusCode.NotFound)]
    [InlineData("/static/index.html", HttpStatusCode.OK)]
    public async Task Page_files_come_from_the_assembly_by_exact_name(string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task The_page_is_chinese_and_fetches_nothing_from_elsewhere()
    {
        var page = await client.GetStringAsync("/");
        Assert.Contains("lang=\"zh-CN\"", page);
        Assert.Contains("下载报告 (.docx)", page);
        foreach (var file in new[] { "/", "/static/app.js", "/static/app.css" })
        {
            var text = await client.GetStringAsync(file);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotContain("@import", text);
        }
    }

    [Fact]
    public async Task A_template_folder_is_offered_first_and_loaded_once()
    {
        using var folder = new TempDirectory();
        PerfEvalDocGen.Generation.TemplateExport.Export("kaifu-2020", folder.Path);
        using var custom = new WebFactory(new ServeOptions { TemplatesDirectory = folder.Path });
        var local = custom.CreateClient();
        var sets = JArray.Parse(await local.GetStringAsync("/api/templates"));
        Assert.Equal("kaifu-2020", (string?)sets[0]["name"]);
        Assert.Equal("目录", (string?)sets[0]["source"]);
        Assert.True((bool)sets[0]["default"]!);
        Assert.Equal(TemplateSet.EmbeddedNames.Count, sets.Count);
    }
}
