using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Web.Tests.Support;

/// <summary>Small helpers for calling the API with a data file's text.</summary>
internal static class ApiCalls
{
    public static StringContent Json(string text) => new(text, new UTF8Encoding(false), "application/json");

    public static Task<HttpResponseMessage> Post(HttpClient client, string url, string text) => client.PostAsync(url, Json(text));

    public static async Task<JToken> ReadJson(HttpResponseMessage response) => JToken.Parse(await response.Content.ReadAsStringAsync());

    /// <summary>The file name a browser takes from Content-Disposition: filename* (RFC 5987) when present.</summary>
    public static string? DownloadName(HttpResponseMessage response)
    {
        var header = response.Content.Headers.ContentDisposition;
        return header?.FileNameStar ?? header?.FileName?.Trim('"');
    }

    public static ContentDispositionHeaderValue? Disposition(HttpResponseMessage response) => response.Content.Headers.ContentDisposition;
}
