using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Schema;
using PerfEvalDocGen.Storage;
using PerfEvalDocGen.Validation;
using PerfEvalDocGen.Web.Pdf;
using PerfEvalDocGen.Web.Static;

namespace PerfEvalDocGen.Web.Api;

/// <summary>
/// The HTTP API (JSON in and out, usable by scripts) and the page. Each request body is one unit's data file, checked
/// by the same <see cref="ReportValidator"/> as <c>perfeval validate</c>.
/// </summary>
internal static class ApiEndpoints
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly JsonSerializer FigureSerializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Include,
    });

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (StaticAssets assets, HttpContext context) => Asset(assets, "index.html", context));
        routes.MapGet("/static/{name}", (string name, StaticAssets assets, HttpContext context) => Asset(assets, name, context));

        routes.MapGet("/api/schema", () => Results.Text(SchemaWriter.Write(), ApiResults.JsonType));
        routes.MapGet("/api/templates", (TemplateCatalog catalog) =>
            ApiResults.Json(new JArray(catalog.Choices().Select(c => new JObject(
                new JProperty("name", c.Name), new JProperty("description", c.Description),
                new JProperty("source", c.Source), new JProperty("default", c.IsDefault))))));
        routes.MapGet("/api/about", (PdfConverter pdf) => ApiResults.Json(new JObject(new JProperty("pdf", pdf.IsAvailable))));
        routes.MapGet("/api/starter", (string? unit, int? year) =>
        {
            var evaluated = year is >= 2000 and <= 2100 ? year.Value : DateTime.Today.Year - 1;
            var name = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
            return Results.Text(StarterData.Write(name, evaluated, SchemaWriter.FileName), ApiResults.JsonType);
        });

        routes.MapPost("/api/validate", (HttpRequest request, TemplateCatalog catalog, CancellationToken cancellation) =>
            Guard(request.HttpContext, async () =>
            {
                var (validation, file, refusal) = await CheckAsync(request, catalog, cancellation, typography: true);
                return refusal ?? ApiResults.Json(new JArray(DiagnosticJson.Report(file, validation!.Diagnostics)));
            }));

        routes.MapPost("/api/figures", (HttpRequest request, TemplateCatalog catalog, CancellationToken cancellation) =>
            Guard(request.HttpContext, async () =>
            {
                var (validation, file, refusal) = await CheckAsync(request, catalog, cancellation);
                if (refusal is not null)
                {
                    return refusal;
                }
                if (validation!.Data is not { } data)
                {
                    return ApiResults.Refuse(StatusCodes.Status422UnprocessableEntity, file, validation.Diagnostics);
                }
                return ApiResults.Json(JToken.FromObject(FigureCalculator.Compute(data), FigureSerializer));
            }));

        routes.MapPost("/api/generate", (HttpRequest request, TemplateCatalog catalog, PdfConverter pdf, string? format, CancellationToken cancellation) =>
            Guard(request.HttpContext, async () =>
            {
                if (format is not (null or "" or "docx" or "pdf"))
                {
                    return ApiResults.Refuse(StatusCodes.Status400BadRequest, new Diagnostic(Severity.Error, "PE603",
                        $"不支持的输出格式“{format}”。", Suggestion: "format 可为 docx（默认）或 pdf。"));
                }
                var (validation, file, refusal) = await CheckAsync(request, catalog, cancellation);
                if (refusal is not null)
                {
                    return refusal;
                }
                if (validation!.Data is not { } data)
                {
                    return ApiResults.Refuse(StatusCodes.Status422UnprocessableEntity, file, validation.Diagnostics);
                }
                var package = new ReportGenerator(catalog.Resolve(request.Query["templates"])).Generate(data);
                if (format != "pdf")
                {
                    return Download(request.HttpContext, package.Content, DocxType, package.FileName);
                }
                var bytes = await pdf.ConvertAsync(package, cancellation);
                if (bytes is null)
                {
                    request.HttpContext.Response.Headers.RetryAfter = "5";
                    return ApiResults.Refuse(StatusCodes.Status503ServiceUnavailable, PdfConverter.Busy);
                }
                return Download(request.HttpContext, bytes, "application/pdf", Path.ChangeExtension(package.FileName, ".pdf"));
            }));
    }

    /// <summary>
    /// Reads and checks the body; a refusal (413, unknown template set) instead when it cannot be checked. The typography
    /// warnings are part of validate only, as on the command line (generate with strict must not fail on them).
    /// </summary>
    private static async Task<(ValidationResult? Validation, string File, IResult? Refusal)> CheckAsync(
        HttpRequest request, TemplateCatalog catalog, CancellationToken cancellation, bool typography = false)
    {
        // The name only labels diagnostics (as the file name does for `validate`); it is never opened.
        var file = request.Query["name"] is { Count: > 0 } name && !string.IsNullOrWhiteSpace(name[0])
            ? SafeFileName.From(Path.GetFileName(name[0]!.Replace('\\', '/')))
            : "data.json";
        var text = await RequestBody.ReadAsync(request, cancellation);
        if (text is null)
        {
            return (null, file, ApiResults.Refuse(StatusCodes.Status413PayloadTooLarge, file, [RequestBody.TooLarge with { File = file }]));
        }
        var set = catalog.Resolve(request.Query["templates"]);
        var options = new ValidationOptions { Typography = typography, Strict = request.Query["strict"] is { Count: > 0 } s && bool.TryParse(s[0], out var strict) && strict };
        return (ReportValidator.Validate(text, file, options, set), file, null);
    }

    /// <summary>Turns user mistakes into diagnostics (400/422) and anything else into PE999 without a stack trace.</summary>
    private static async Task<IResult> Guard(HttpContext context, Func<Task<IResult>> body)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var result = await body();
            // The time spent here (reading, checking, generating), for load scripts to tell it from the network's.
            context.Response.Headers["Server-Timing"] = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"app;dur={System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F2}");
            return result;
        }
        catch (PerfEvalException e)
        {
            var status = e.Diagnostics.Any(d => d.Code == "PE305") ? StatusCodes.Status400BadRequest
                : e.Diagnostics.Any(d => d.Code is "PE402" or "PE602") ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status422UnprocessableEntity;
            return ApiResults.Refuse(status, null, e.Diagnostics);
        }
        catch (OperationCanceledException)
        {
            // The client went away; nobody reads the answer.
            return Results.StatusCode(499);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ApiResults.Refuse(StatusCodes.Status500InternalServerError, new Diagnostic(Severity.Error, "PE999",
                $"内部错误（请将此信息和数据文件一并反馈）：{e.GetType().Name}: {e.Message}"));
        }
    }

    private static IResult Download(HttpContext context, byte[] content, string contentType, string fileName)
    {
        context.Response.Headers.ContentDisposition = ContentDisposition.Attachment(fileName);
        return Results.Bytes(content, contentType);
    }

    private static IResult Asset(StaticAssets assets, string name, HttpContext context)
    {
        if (assets.Find(name) is not { } asset)
        {
            return Results.NotFound();
        }
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
