using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PerfEvalDocGen.Web.Tests.Support;

/// <summary>
/// The server in process, with the same services and endpoints as <c>perfeval serve</c> (<see cref="WebSetup"/>) on the
/// test host. The web project is a library, so the factory is keyed to this assembly and builds the host itself.
/// </summary>
public sealed class WebFactory : WebApplicationFactory<WebFactory>
{
    private readonly ServeOptions options;

    public WebFactory()
        : this(new ServeOptions())
    {
    }

    internal WebFactory(ServeOptions options)
    {
        this.options = options;
    }

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .ConfigureWebHost(web => WebSetup.Configure(web, options));

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
