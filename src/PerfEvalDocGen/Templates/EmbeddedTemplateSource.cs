using System.Reflection;

namespace PerfEvalDocGen.Templates;

/// <summary>A template set embedded in the assembly, so generation needs no templates folder.</summary>
internal sealed class EmbeddedTemplateSource(string setName) : ITemplateSource
{
    private const string Prefix = "templates/";
    private static readonly Assembly Assembly = typeof(EmbeddedTemplateSource).Assembly;

    /// <summary>The names of the embedded sets.</summary>
    public static IReadOnlyList<string> SetNames() =>
        Assembly.GetManifestResourceNames()
            .Select(Normalize)
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith("/manifest.json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^"/manifest.json".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    public string Describe(string relativePath) => $"[内置模板]{setName}/{relativePath}";

    public string? ReadText(string relativePath)
    {
        var wanted = $"{Prefix}{setName}/{relativePath}";
        var name = Assembly.GetManifestResourceNames().FirstOrDefault(n => Normalize(n) == wanted);
        if (name is null)
        {
            return null;
        }
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public byte[]? ReadBytes(string relativePath)
    {
        var wanted = $"{Prefix}{setName}/{relativePath}";
        var name = Assembly.GetManifestResourceNames().FirstOrDefault(n => Normalize(n) == wanted);
        if (name is null)
        {
            return null;
        }
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public IEnumerable<string> Files()
    {
        var prefix = $"{Prefix}{setName}/";
        return Assembly.GetManifestResourceNames()
            .Select(Normalize)
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Order(StringComparer.Ordinal);
    }

    // MSBuild's RecursiveDir uses the build machine's separator.
    private static string Normalize(string resourceName) => resourceName.Replace('\\', '/');
}
