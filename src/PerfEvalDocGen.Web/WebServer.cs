using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PerfEvalDocGen.Web;

/// <summary>Starts the local web server on Kestrel: the page for finance staff and the API for scripts.</summary>
public static class WebServer
{
    /// <summary>Builds and starts the server; the host's addresses are known when this returns.</summary>
    public static async Task<IHost> StartAsync(ServeOptions options, CancellationToken cancellation = default)
    {
        var host = Host.CreateDefaultBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureLogging(logging =>
            {
                // Kestrel's own English start-up lines would bury the Chinese ones `serve` prints.
                logging.ClearProviders();
                logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
                // A failed start (the port taken) is said by `serve` in Chinese; the host's English log of it, with its
                // stack trace, would only bury that.
                logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
            })
            .ConfigureWebHost(web =>
            {
                WebSetup.Configure(web, options).UseKestrel(kestrel =>
                {
                    var address = IPAddress.TryParse(options.Host, out var ip) ? ip
                        : options.Host is "localhost" ? IPAddress.Loopback
                        : throw new ArgumentException($"“{options.Host}”不是 IP 地址。");
                    kestrel.Listen(address, options.Port);
                });
            })
            .Build();
        await host.StartAsync(cancellation);
        _ = WebSetup.WarmUp();
        return host;
    }

    /// <summary>The address the started server listens on, as a browser would open it.</summary>
    public static Uri Address(IHost host)
    {
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "localhost").Replace("0.0.0.0", "localhost"));
    }

    /// <summary>Whether <paramref name="host"/> names only this machine (no login is needed then).</summary>
    public static bool IsLoopback(string host) =>
        host is "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
