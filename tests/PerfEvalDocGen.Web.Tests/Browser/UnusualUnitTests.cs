using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Web.Tests.Support;
using Xunit.Abstractions;

namespace PerfEvalDocGen.Web.Tests.Browser;

/// <summary>
/// The page on data unlike the examples: every diagnostic the server reports must stand beside a visible place in the
/// form after its jump (an item of a list of texts, a field outside every section), and odd data (a list given as a
/// text, an object given as a list, a draft naming no section) must not break the form.
/// </summary>
public sealed class UnusualUnitTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<string> pageErrors = [];
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
    public async Task An_empty_item_of_a_list_of_texts_has_its_message_beside_its_row_and_keeps_it_after_a_row_is_removed()
    {
        var data = Example();
        ((JArray)data["organization"]!["groups"]![0]!["members"]!).Insert(1, "");
        ((JArray)data["narrative"]!["results"]!["themes"]![0]!["paragraphs"]!).Insert(1, "");
        var page = await Open(data, "list-items.json");

        var member = page.Locator("tr[data-path='organization.groups[0].members[1]']");
        await page.ClickAsync("#problems li[data-path='organization.groups[0].members[1]']");
        await member.Locator(".msg[data-code=PE106]").WaitForAsync();
        Assert.Contains("has-error", await member.GetAttributeAsync("class") ?? "");
        await page.ClickAsync("#problems li[data-path='narrative.results.themes[0].paragraphs[1]']");
        await page.Locator("tr[data-path='narrative.results.themes[0].paragraphs[1]'] .msg[data-code=PE106]").WaitForAsync();
        // The jump scrolled far down the long 报告正文: the figures and the list are still in view.
        await Assertions.Expect(page.Locator("#problems")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#figures")).ToBeInViewportAsync();
        await Shot(page, "unusual-1-paragraph-item");

        // Removing the first member moves the empty one up: its message follows it to row 0.
        await page.ClickAsync("#outline a[data-section=organization]");
        await page.Locator("tr[data-path='organization.groups[0].members[0]'] button").ClickAsync();
        await page.Locator("#problems li[data-path='organization.groups[0].members[0]']").WaitForAsync();
        await page.Locator("tr[data-path='organization.groups[0].members[0]'] .msg[data-code=PE106]").WaitForAsync();
        Assert.Equal(0, await page.Locator("tr[data-path='organization.groups[0].members[1]'] .msg").CountAsync());
        await Shot(page, "unusual-2-member-removed");
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Removing_a_row_moves_the_messages_of_the_rows_below_up_before_the_next_check_answers()
    {
        var data = Example();
        ((JArray)data["organization"]!["groups"]![0]!["members"]!).Insert(2, "");
        var page = await Open(data, "remove-row.json");
        await page.ClickAsync("#problems li[data-path='organization.groups[0].members[2]']");
        await page.Locator("tr[data-path='organization.groups[0].members[2]'] .msg[data-code=PE106]").WaitForAsync();

        // The next check is held back: what the page shows meanwhile must already be right.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/validate**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.Locator("tr[data-path='organization.groups[0].members[0]'] button").ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-path='organization.groups[0].members[1]'] .msg[data-code=PE106]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tr[data-path='organization.groups[0].members[2]'] .msg")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#problems li[data-path='organization.groups[0].members[1]']")).ToHaveCountAsync(1);
        release.SetResult();
        await page.Locator("#problems li[data-path='organization.groups[0].members[1]']").WaitForAsync();
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_field_outside_every_section_is_shown_at_the_top_of_the_form_and_its_jump_breaks_nothing()
    {
        var data = Example();
        data["extra"] = 1;
        data["unit"]!["foo"] = "x";
        data["threePublicExpenses"]!["reception"]!["bar"] = 1;
        var page = await Open(data, "extra.json");

        // An unknown field of a section: at the section's top, not beside the section's first field.
        await page.ClickAsync("#problems li[data-path='unit.foo']");
        await page.Locator("#form-msgs .msg[data-code=PE103]", new PageLocatorOptions { HasText = "foo" }).WaitForAsync();
        Assert.Equal(0, await page.Locator(".field[data-path='unit.name'] .msg").CountAsync());

        // An unknown field of a group: in the group's own box, not beside its first field.
        await page.ClickAsync("#problems li[data-path='threePublicExpenses.reception.bar']");
        await page.Locator("fieldset[data-path='threePublicExpenses.reception'] > .msgs .msg[data-code=PE103]").WaitForAsync();
        Assert.Equal(0, await page.Locator(".field[data-path='threePublicExpenses.reception.lastYearActual'] .msg").CountAsync());
        await page.ClickAsync("#outline a[data-section=budget]");
        await page.ClickAsync("#problems li[data-path=extra]");
        var box = page.Locator("#form-msgs .msg[data-code=PE103]", new PageLocatorOptions { HasText = "extra" });
        await box.WaitForAsync();
        Assert.Contains("extra", await box.InnerTextAsync());
        Assert.Equal(1, await page.Locator("#section-budget").CountAsync());
        await Shot(page, "unusual-3-extra-field");

        // The open section is kept in the draft: a reload still shows a form.
        await page.FillAsync("#f-budget_fullYearBudget", "5000");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal("5000", await page.InputValueAsync("#f-budget_fullYearBudget"));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_draft_naming_no_section_opens_the_first_section()
    {
        var page = await Open(Example(), "draft.json");
        await page.EvaluateAsync("() => { const d = JSON.parse(localStorage.getItem('perfeval.draft.v1')); d.section = 'nosuch'; localStorage.setItem('perfeval.draft.v1', JSON.stringify(d)); }");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.Locator("#section-unit").WaitForAsync();
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_list_given_as_a_text_and_an_object_given_as_a_list_still_show_a_form_that_keeps_what_is_typed()
    {
        var data = Example();
        data["organization"]!["groups"]![0]!["members"] = "党政办公室";
        data["signature"] = new JArray();
        var page = await Open(data, "wrong-types.json");

        await page.ClickAsync("#problems li[data-path='organization.groups[0].members']");
        await page.Locator("fieldset[data-path='organization.groups[0].members'] > .msgs .msg[data-code=PE104]").WaitForAsync();
        await Shot(page, "unusual-4-list-as-text");

        await page.ClickAsync("#problems li[data-path=signature]");
        await page.FillAsync("#f-signature_reportDate", "2024-01-15");
        await page.Locator("#problems li[data-path=signature]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        var draft = JObject.Parse(await page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('perfeval.draft.v1')).text"));
        Assert.Equal("2024-01-15", (string?)draft["signature"]!["reportDate"]);
        Assert.Empty(pageErrors);
    }

    [Theory]
    [InlineData("h1-bureau-over100.json")]
    [InlineData("y19-bureau-empty-lists.json")]
    public async Task Every_diagnostic_of_a_new_unit_stands_beside_a_visible_place_after_its_jump(string name)
    {
        var data = JObject.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "PerfEvalDocGen.Tests", "Fixtures", "new-units", name)));
        var page = await Open(data, name);
        var items = page.Locator("#problems li");
        var count = await items.CountAsync();
        Assert.True(count > 0);
        var missing = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var item = items.Nth(i);
            var code = await item.GetAttributeAsync("data-code");
            var path = await item.GetAttributeAsync("data-path");
            var message = await item.Locator(".text").InnerTextAsync();
            await item.ClickAsync();
            var beside = await page.EvaluateAsync<bool>(
                "([code, message]) => [...document.querySelectorAll('#form .msg')].some((m) => m.dataset.code === code && m.textContent.includes(message) && m.offsetParent !== null)",
                new[] { code, message });
            if (!beside)
            {
                missing.Add($"{code} {path}");
            }
        }
        await Shot(page, "unusual-5-" + Path.GetFileNameWithoutExtension(name));
        Assert.Empty(missing);
        Assert.Empty(pageErrors);
    }

    private static JObject Example() => JObject.Parse(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")));

    private async Task<IPage> Open(JObject data, string name)
    {
        var context = await Session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => pageErrors.Add(error);
        await page.GotoAsync(Session.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.SetInputFilesAsync("#open-file", new FilePayload { Name = name, MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(data.ToString()) });
        await page.WaitForSelectorAsync("body[data-checked]");
        await page.Locator("#problems li").First.WaitForAsync();
        return page;
    }

    private async Task Shot(IPage page, string name)
    {
        var path = Path.Combine(BrowserSession.Shots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        output.WriteLine($"screenshot: {path}");
    }
}
