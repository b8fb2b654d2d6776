using System.Security.Cryptography;

namespace PerfEvalDocGen.Web.Static;

/// <summary>
/// The page's files, read once from this assembly's resources. A request picks one by its exact name from this fixed
/// set, so no part of a URL ever reaches the file system.
/// </summary>
internal sealed class StaticAssets
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, StaticAsset> assets = new(StringComparer.Ordinal);

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var name = resource["wwwroot/".Length..];
            var type = Types.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
            assets[name] = new StaticAsset(bytes, type, "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"");
        }
    }

    /// <summary>The asset called <paramref name="name"/>, or null.</summary>
    public StaticAsset? Find(string name) => assets.GetValueOrDefault(name);
}
