using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Validation;
using PerfEvalDocGen.Web.Tests.Support;
using Xunit.Abstractions;

namespace PerfEvalDocGen.Web.Tests.Browser;

/// <summary>
/// The page as a finance officer uses it, in a real headless Chromium (Debian's, driven by Playwright) against the real
/// Kestrel server. Screenshots of each step go to screenshots/ beside the test binaries.
/// </summary>
public sealed class PageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private BrowserSession? session;

    private BrowserSession Session => session!;

    public async Task InitializeAsync() => session = await BrowserSession.StartAsync();

    public async Task DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }
    }

    [Fact]
    public async Task Open_check_fix_download_and_a_wrong_date_at_its_field()
    {
        using var work = new TempDirectory();
        var context = await Session.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Session.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await Shot(page, "0-start");

        // Open the seed-004 example (岳阳楼街道 2023): the PE203 warning appears in the list; clicking it goes to 基本支出.
        var example = RepoPaths.Example("yueyanglou-2023.json");
        await page.SetInputFilesAsync("#open-file", example);
        var warning = page.Locator("#problems li[data-code=PE203]");
        await warning.WaitForAsync();
        Assert.Contains("基本支出 1365.61 万元", await warning.InnerTextAsync());
        await warning.ClickAsync();
        var basic = page.Locator(".field[data-path='budget.basicExpenditure']");
        await basic.Locator(".msg[data-code=PE203]").WaitForAsync();
        Assert.Equal("基本支出", await basic.Locator("label").InnerTextAsync());
        Assert.Equal("万元", await basic.Locator(".unit").InnerTextAsync());
        Assert.True(await page.Locator("#f-budget_basicExpenditure").EvaluateAsync<bool>("e => e === document.activeElement"));
        var data = JObject.Parse(File.ReadAllText(example));
        await ExpectFigures(page, data);
        await Shot(page, "1-example-PE203");

        // A changed figure: 全年预算数 up, so 执行率, its score and 总分 go down, computed by the server as typed.
        await page.FillAsync("#f-budget_fullYearBudget", "5000");
        data["budget"]!["fullYearBudget"] = 5000m;
        await ExpectFigures(page, data);
        Assert.Equal("81.47%", await page.InnerTextAsync("#fig-executionRate"));

        // Fix the warning: 基本支出 = 人员经费 + 公用经费.
        await page.FillAsync("#f-budget_basicExpenditure", "1364.91");
        data["budget"]!["basicExpenditure"] = 1364.91m;
        await page.Locator("#problems li[data-code=PE203]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(0, await basic.Locator(".msg").CountAsync());
        await ExpectFigures(page, data);
        await Shot(page, "2-changed-and-fixed");

        // 下载报告 gives the package `perfeval generate` writes from 保存数据's file.
        var docx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-docx"));
        var saved = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#save-json"));
        var docxPath = Path.Combine(work.Path, "page.docx");
        var jsonPath = Path.Combine(work.Path, "data.json");
        await docx.SaveAsAsync(docxPath);
        await saved.SaveAsAsync(jsonPath);
        var savedData = JObject.Parse(File.ReadAllText(jsonPath));
        Assert.Equal(5000m, (decimal)savedData["budget"]!["fullYearBudget"]!);
        Assert.Equal(1364.91m, (decimal)savedData["budget"]!["basicExpenditure"]!);
        Assert.Equal((string?)data["unit"]!["name"], (string?)savedData["unit"]!["name"]);
        var run = ProcessRunner.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "perfeval.dll"), "generate", jsonPath, "-o", Path.Combine(work.Path, "cli")], work.Path);
        Assert.Equal(0, run.ExitCode);
        var written = Directory.GetFiles(Path.Combine(work.Path, "cli"), "*.docx").Single();
        Assert.Equal(Path.GetFileName(written), docx.SuggestedFilename);
        Assert.Equal(File.ReadAllBytes(written), File.ReadAllBytes(docxPath));

        // A wrong date: the message at the field, figures withheld while the data has an error.
        await page.ClickAsync("#outline a[data-section=signature]");
        await page.FillAsync("#f-signature_reportDate", "2024-02-30");
        var date = page.Locator(".field[data-path='signature.reportDate']");
        await date.Locator(".msg[data-code=PE108]").WaitForAsync();
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", await date.Locator(".msg").InnerTextAsync());
        Assert.Contains("stale", await page.GetAttributeAsync("#figures", "class") ?? "");
        Assert.Equal("1", await page.InnerTextAsync("#outline a[data-section=signature] .badge"));
        await Shot(page, "3-wrong-date");

        // Reloading keeps what was typed (a draft in the browser's storage).
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.Locator(".field[data-path='signature.reportDate'] .msg[data-code=PE108]").WaitForAsync();
        Assert.Equal("2024-02-30", await page.InputValueAsync("#f-signature_reportDate"));
        await page.ClickAsync("#outline a[data-section=budget]");
        Assert.Equal("5000", await page.InputValueAsync("#f-budget_fullYearBudget"));
        await Shot(page, "4-after-reload");

        // The indicator table: units in the column heads, one editable row per indicator.
        await page.ClickAsync("#outline a[data-section=indicators]");
        Assert.Equal(data["indicators"]!.Count(), await page.Locator("fieldset[data-path=indicators] tbody tr").CountAsync());
        await Shot(page, "5-indicators");
        await context.CloseAsync();
    }

    private static async Task ExpectFigures(IPage page, JObject data)
    {
        var figures = FigureCalculator.Compute(ReportValidator.Validate(data.ToString(), "x.json").Data!);
        await Assertions.Expect(page.Locator("#fig-executionRate")).ToHaveTextAsync($"{figures.ExecutionRate:F2}%");
        await Assertions.Expect(page.Locator("#fig-executionScore")).ToHaveTextAsync($"{figures.ExecutionScore:F2}");
        await Assertions.Expect(page.Locator("#fig-totalScore")).ToHaveTextAsync($"{figures.TotalScore:F2}");
        await Assertions.Expect(page.Locator("#fig-grade")).ToHaveTextAsync(figures.Grade!);
    }

    private async Task Shot(IPage page, string name)
    {
        var path = Path.Combine(BrowserSession.Shots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        output.WriteLine($"screenshot: {path}");
    }
}
