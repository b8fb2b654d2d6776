using System.Text;

namespace PerfEvalDocGen.Web.Api;

/// <summary>
/// A Content-Disposition header for a download whose name is Chinese: RFC 6266 with the RFC 5987 <c>filename*</c>
/// (UTF-8, percent-encoded), which browsers prefer, and a plain ASCII <c>filename</c> for clients that know only that.
/// </summary>
internal static class ContentDisposition
{
    private const string AttrChars = "!#$&+-.^_`|~";

    public static string Attachment(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        var ascii = new string(fileName.Where(c => c < 128 && (char.IsAsciiLetterOrDigit(c) || "-_.".Contains(c))).ToArray());
        var fallback = ascii.Length > extension.Length && ascii.EndsWith(extension, StringComparison.Ordinal) ? ascii : "report" + extension;
        return $"attachment; filename=\"{fallback}\"; filename*=UTF-8''{Encode(fileName)}";
    }

    /// <summary>RFC 5987 value-chars: attr-char as is, every other UTF-8 byte as %XX.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || AttrChars.Contains(c)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }
}
