using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Web.Api;

/// <summary>
/// Reads a request body as text, refusing anything over <see cref="ServeOptions.MaxBodyBytes"/>. Counted here rather
/// than left to the server's limit alone, so the same rule holds for chunked bodies without a length and in every host.
/// </summary>
internal static class RequestBody
{
    public static readonly Diagnostic TooLarge = new(Severity.Error, "PE600",
        $"请求内容超过 {ServeOptions.MaxBodyBytes / 1024 / 1024} MB 上限，未处理。",
        Suggestion: "一个单位的数据文件通常不足 1 MB；请检查是否选错了文件。");

    /// <summary>The body as text (UTF-8, or as its byte order mark says), or null when it is too large.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength > ServeOptions.MaxBodyBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16384);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > ServeOptions.MaxBodyBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        buffer.Position = 0;
        // As File.ReadAllText does for `perfeval validate`: a byte order mark decides, else UTF-8.
        using var reader = new StreamReader(buffer, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellation);
    }
}
