using System.Text;

namespace PerfEvalDocGen.Generation;

/// <summary>Makes a file name safe on Windows, macOS and Linux alike.</summary>
public static class SafeFileName
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Replaces characters no file system accepts with '_', trims dots and spaces, and caps the length.</summary>
    public static string From(string name, int maxLength = 120)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            builder.Append(c < 32 || "<>:\"/\\|?*".Contains(c) ? '_' : c);
        }
        var safe = builder.ToString().Trim().TrimEnd('.', ' ');
        if (safe.Length > maxLength)
        {
            safe = safe[..maxLength];
        }
        if (safe.Length == 0 || Reserved.Contains(safe.Split('.')[0]))
        {
            safe = "_" + safe;
        }
        return safe;
    }
}
