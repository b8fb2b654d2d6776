using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PerfEvalDocGen.Storage;

/// <summary>Makes a file name safe on Windows, macOS and Linux alike, and short enough for the tool's temporary names.</summary>
public static class SafeFileName
{
    /// <summary>
    /// The most UTF-8 bytes a name may have before its extension. File systems allow 255 bytes for a whole name, and
    /// the tool writes through a temporary ".NAME.EXT.PID.GUID.tmp" (46 bytes more) and LibreOffice through
    /// ".~lock.NAME.EXT#": 200 leaves room for all of them.
    /// </summary>
    public const int MaxBytes = 200;

    private const string Shortened = "~";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Replaces characters no file system accepts (and control characters) with '_', drops invisible format characters
    /// (bidirectional overrides, zero-width marks), trims leading dots and trailing dots and spaces, and shortens a name
    /// longer than <paramref name="maxBytes"/> UTF-8 bytes: the longest stretch without digits is cut in its middle and
    /// marked with a hash of the whole name, so the year stays and two long names never end up the same.
    /// </summary>
    public static string From(string name, int maxBytes = MaxBytes)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Format:
                    continue;
                case UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate:
                    builder.Append('_');
                    continue;
            }
            if (rune.IsBmp && "<>:\"/\\|?*".Contains((char)rune.Value) || rune.Value is 0xFFFD || (rune.Value & 0xFFFE) == 0xFFFE)
            {
                builder.Append('_');
                continue;
            }
            builder.Append(rune.ToString());
        }
        var safe = builder.ToString().Trim().TrimStart('.').TrimEnd('.', ' ').Trim();
        if (Encoding.UTF8.GetByteCount(safe) > maxBytes)
        {
            safe = Shorten(safe, Math.Max(24, maxBytes));
        }
        if (safe.Length == 0 || Reserved.Contains(safe.Split('.')[0]))
        {
            safe = "_" + safe;
        }
        return safe;
    }

    private static string Shorten(string name, int maxBytes)
    {
        var marker = Shortened + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        var excess = Encoding.UTF8.GetByteCount(name) - maxBytes + marker.Length;
        // The longest stretch without digits: cutting it keeps the year and other numbers wherever the template put them.
        var (start, length) = LongestStretchWithoutDigits(name);
        if (Encoding.UTF8.GetByteCount(name.AsSpan(start, length)) - excess < 8)
        {
            (start, length) = (0, name.Length);
        }
        var stretch = name.Substring(start, length);
        var keep = Encoding.UTF8.GetByteCount(stretch) - excess;
        var head = TakeBytes(stretch, (keep + 1) / 2, fromEnd: false);
        var tail = TakeBytes(stretch, keep - Encoding.UTF8.GetByteCount(head), fromEnd: true);
        return name[..start] + head + marker + tail + name[(start + length)..];
    }

    private static (int Start, int Length) LongestStretchWithoutDigits(string name)
    {
        var best = (Start: 0, Length: 0);
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || char.IsAsciiDigit(name[i]))
            {
                if (i - start > best.Length)
                {
                    best = (start, i - start);
                }
                start = i + 1;
            }
        }
        return best;
    }

    /// <summary>The longest run of whole characters from one end of <paramref name="text"/> within <paramref name="bytes"/> UTF-8 bytes.</summary>
    private static string TakeBytes(string text, int bytes, bool fromEnd)
    {
        var runes = text.EnumerateRunes().ToList();
        if (fromEnd)
        {
            runes.Reverse();
        }
        var taken = new List<Rune>();
        var used = 0;
        foreach (var rune in runes)
        {
            if (used + rune.Utf8SequenceLength > bytes)
            {
                break;
            }
            used += rune.Utf8SequenceLength;
            taken.Add(rune);
        }
        if (fromEnd)
        {
            taken.Reverse();
        }
        return string.Concat(taken.Select(r => r.ToString()));
    }
}
