using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Web.Api;

/// <summary>The API's JSON answers. Every refusal carries diagnostics in the validate report shape, in Chinese.</summary>
internal static class ApiResults
{
    public const string JsonType = "application/json; charset=utf-8";

    public static IResult Json(JToken body, int status = StatusCodes.Status200OK) =>
        Results.Text(DiagnosticJson.Serialize(body), JsonType, System.Text.Encoding.UTF8, status);

    public static IResult Refuse(int status, string? file, IReadOnlyList<Diagnostic> diagnostics) =>
        Json(DiagnosticJson.Report(file, diagnostics), status);

    public static IResult Refuse(int status, Diagnostic diagnostic) => Refuse(status, null, [diagnostic]);
}
