using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace PerfEvalDocGen.Web.Tests.Support;

/// <summary>
/// A real Kestrel server on a free loopback port and Debian's Chromium, headless, driven by Playwright (its own browser
/// download is not used): what the page tests open their pages in.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private BrowserSession(IHost server, IPlaywright playwright, IBrowser browser)
    {
        Server = server;
        Playwright = playwright;
        Browser = browser;
        Address = WebServer.Address(server);
    }

    /// <summary>Where screenshots of the steps go: screenshots/ beside the test binaries.</summary>
    public static string Shots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IHost Server { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    /// <summary>The server's address, as a browser opens it.</summary>
    public Uri Address { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var server = await WebServer.StartAsync(new ServeOptions { Port = 0 });
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(Shots);
        return new BrowserSession(server, playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        Playwright.Dispose();
        await Server.StopAsync();
        Server.Dispose();
    }
}
