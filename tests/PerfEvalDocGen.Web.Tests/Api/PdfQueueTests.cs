using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Web.Pdf;
using PerfEvalDocGen.Web.Tests.Support;

namespace PerfEvalDocGen.Web.Tests.Api;

/// <summary>The PDF queue with a conversion that waits until the test lets it go, so "busy" is decided without timing.</summary>
public sealed class PdfQueueTests
{
    private static readonly GeneratedPackage Package = new("a.docx", [1, 2, 3]);

    [Fact]
    public async Task One_conversion_runs_the_queue_waits_and_past_it_the_answer_is_busy()
    {
        using var release = new ManualResetEventSlim();
        var started = new SemaphoreSlim(0);
        var running = 0;
        var most = 0;
        var converter = new PdfConverter(new ServeOptions { PdfQueueLimit = 2 }, package =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            started.Release();
            release.Wait();
            Interlocked.Decrement(ref running);
            return [.. package.Content, 9];
        });
        var first = converter.ConvertAsync(Package, CancellationToken.None);
        await started.WaitAsync();
        var queued = new[] { converter.ConvertAsync(Package, CancellationToken.None), converter.ConvertAsync(Package, CancellationToken.None) };
        Assert.Null(await converter.ConvertAsync(Package, CancellationToken.None));
        release.Set();
        Assert.Equal(new byte[] { 1, 2, 3, 9 }, await first);
        foreach (var task in queued)
        {
            Assert.Equal(new byte[] { 1, 2, 3, 9 }, await task);
        }
        Assert.Equal(1, most);
        Assert.NotNull(await converter.ConvertAsync(Package, CancellationToken.None));
    }

    [Fact]
    public async Task The_api_answers_503_with_retry_after_when_the_queue_is_full()
    {
        using var release = new ManualResetEventSlim();
        var started = new SemaphoreSlim(0);
        var converter = new PdfConverter(new ServeOptions { PdfQueueLimit = 0 }, package =>
        {
            started.Release();
            release.Wait();
            return [37, 80, 68, 70];
        });
        using var factory = new WebFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(converter)));
        var client = factory.CreateClient();
        var text = File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json"));
        var first = ApiCalls.Post(client, "/api/generate?format=pdf", text);
        await started.WaitAsync();
        var busy = await ApiCalls.Post(client, "/api/generate?format=pdf", text);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("5", busy.Headers.GetValues("Retry-After").Single());
        var report = await ApiCalls.ReadJson(busy);
        Assert.Equal("PE601", (string?)report["diagnostics"]![0]!["code"]);
        release.Set();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
