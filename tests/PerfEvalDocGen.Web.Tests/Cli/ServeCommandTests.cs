using System.Diagnostics;
using PerfEvalDocGen.Web.Tests.Support;

namespace PerfEvalDocGen.Web.Tests.Cli;

/// <summary><c>perfeval serve</c> as a real process: it prints where it listens, serves the page, and refuses clearly.</summary>
public sealed class ServeCommandTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "perfeval.dll");

    [Fact]
    public async Task Serves_the_page_and_a_second_server_on_the_same_port_is_told_why_not()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Cli, "serve", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }
        using var server = Process.Start(start)!;
        try
        {
            var line = await server.StandardOutput.ReadLineAsync() ?? "";
            Assert.StartsWith("perfeval 网页已启动：http://127.0.0.1:", line);
            var address = new Uri(line[line.IndexOf("http", StringComparison.Ordinal)..]);
            using var client = new HttpClient { BaseAddress = address };
            Assert.Contains("整体支出绩效自评", await client.GetStringAsync("/"));

            var second = ProcessRunner.Run("dotnet", [Cli, "serve", "--port", address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], AppContext.BaseDirectory);
            Assert.Equal(2, second.ExitCode);
            Assert.Contains("PE604", second.StdErr);
            Assert.Contains("端口已被其他程序占用", second.StdErr);
            // Neither stream carries the host's English log of the failure or a stack trace.
            Assert.DoesNotContain("   at ", second.StdOut + second.StdErr);
            Assert.DoesNotContain("Exception", second.StdOut + second.StdErr);
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public void An_address_this_machine_does_not_have_is_refused_in_chinese()
    {
        // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it.
        var run = ProcessRunner.Run("dotnet", [Cli, "serve", "--host", "192.0.2.1", "--port", "0"], AppContext.BaseDirectory);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error PE604: 无法在 192.0.2.1:0 启动网页：本机没有这个地址。", run.StdErr);
        Assert.DoesNotContain("PE999", run.StdErr);
        Assert.DoesNotContain("Exception", run.StdOut + run.StdErr);
    }

    [Fact]
    public void A_host_that_is_not_an_address_is_refused_in_chinese()
    {
        var run = ProcessRunner.Run("dotnet", [Cli, "serve", "--host", "example.invalid"], AppContext.BaseDirectory);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PE606", run.StdErr);
        Assert.Contains("不是 IP 地址", run.StdErr);
    }
}
