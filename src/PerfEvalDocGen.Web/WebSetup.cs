using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Web.Api;
using PerfEvalDocGen.Web.Pdf;
using PerfEvalDocGen.Web.Static;

namespace PerfEvalDocGen.Web;

/// <summary>The server's services and pipeline, one definition for <c>perfeval serve</c> and the in-process tests.</summary>
public static class WebSetup
{
    /// <summary>Adds the services and the endpoints to <paramref name="builder"/>; the template folder, if any, is compiled now.</summary>
    public static IWebHostBuilder Configure(IWebHostBuilder builder, ServeOptions options)
    {
        // Compiled before the server accepts anything: a broken template folder stops `serve` with its diagnostics.
        var catalog = new TemplateCatalog(options);
        return builder
            .ConfigureKestrel(kestrel =>
            {
                kestrel.Limits.MaxRequestBodySize = ServeOptions.MaxBodyBytes + 1;
                kestrel.AddServerHeader = false;
            })
            .ConfigureServices(services =>
            {
                services.AddSingleton(options);
                services.AddSingleton(catalog);
                services.AddSingleton<PdfConverter>();
                services.AddSingleton<StaticAssets>();
                services.AddRouting();
            })
            .Configure(app =>
            {
                app.UseRouting();
                app.UseEndpoints(ApiEndpoints.Map);
            });
    }

    /// <summary>Compiles the default template set and its styles ahead of the first request, off the request path.</summary>
    public static Task WarmUp() => Task.Run(() => ReportGenerator.Prepare(TemplateSet.Embedded(TemplateSet.DefaultName)));
}
