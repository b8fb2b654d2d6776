using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Web;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>
/// <c>perfeval serve [--port 5080] [--host 127.0.0.1] [--templates DIR]</c>: the local web page and its API.
/// The CLI references PerfEvalDocGen.Web (a library on the ASP.NET Core shared framework) so the one installed tool has
/// the one command; the core library does not, and the web assemblies load only when this command runs, so
/// generate, validate and batch start as before.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port") { Description = "端口（默认 5080）", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "监听地址（默认 127.0.0.1，仅本机可访问）", DefaultValueFactory = _ => "127.0.0.1" };
        var templates = CommonOptions.Templates();
        var command = new Command("serve", "启动本机网页：在浏览器中填写、检查数据并下载报告") { port, host, templates };
        command.SetAction(result => CommandRunner.Run(console, () => Serve(console, new ServeOptions
        {
            Port = result.GetValue(port),
            Host = result.GetValue(host)!.Trim(),
            TemplatesDirectory = result.GetValue(templates)?.FullName,
        })));
        return command;
    }

    // Why the address could not be taken, from the socket error beneath the server's English message, and what to do.
    private static (string Reason, string Suggestion) BindFailure(Exception error)
    {
        const string otherPort = "换一个端口，如 --port 5081；或先关闭占用该端口的程序。";
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is System.Net.Sockets.SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    System.Net.Sockets.SocketError.AddressAlreadyInUse => ("端口已被其他程序占用", otherPort),
                    System.Net.Sockets.SocketError.AccessDenied => ("没有权限使用该端口（1024 以下的端口需要管理员权限）", "换用 1024 以上的端口，如 --port 5080。"),
                    System.Net.Sockets.SocketError.AddressNotAvailable => ("本机没有这个地址",
                        "用 127.0.0.1（仅本机）、0.0.0.0（本机的所有地址）或本机网卡的 IP 地址。"),
                    _ => ("系统拒绝监听该地址和端口", otherPort),
                };
            }
        }
        return ("端口可能已被占用", otherPort);
    }

    private static int Serve(CliConsole console, ServeOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE604", $"端口 {options.Port} 无效。", Suggestion: "端口应在 1–65535 之间，如 --port 5080。"));
        }
        if (!System.Net.IPAddress.TryParse(options.Host, out _) && options.Host != "localhost")
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE606", $"监听地址“{options.Host}”不是 IP 地址。",
                Suggestion: "用 127.0.0.1（仅本机）或本机的一个 IP 地址，如 --host 0.0.0.0。"));
        }
        if (!WebServer.IsLoopback(options.Host))
        {
            console.Error.WriteLine(new Diagnostic(Severity.Warning, "PE605",
                $"网页监听 {options.Host}，局域网内其他电脑也能访问；本工具没有登录功能，任何能访问的人都可以提交数据、下载报告。",
                Suggestion: "仅在可信网络中使用；只在本机使用时去掉 --host。"));
        }
        IHost server;
        try
        {
            server = WebServer.StartAsync(options).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            var (reason, suggestion) = BindFailure(e);
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE604",
                $"无法在 {options.Host}:{options.Port} 启动网页：{reason}。", Suggestion: suggestion));
        }
        using (server)
        {
            console.Out.WriteLine($"perfeval 网页已启动：{WebServer.Address(server)}");
            console.Out.WriteLine("在浏览器中打开上面的地址；按 Ctrl+C 停止。");
            server.WaitForShutdown();
        }
        return ExitCodes.Success;
    }
}
