using System.Security.Cryptography;
using System.Text;

namespace PerfEvalDocGen.Storage;

/// <summary>SHA-256 fingerprints, as lower-case hex.</summary>
public static class Hashing
{
    /// <summary>The hash of the strings, each length-prefixed so that ["ab","c"] and ["a","bc"] differ.</summary>
    public static string Of(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The version of this tool, part of every output's fingerprint: the assembly version and its module id,
    /// which a deterministic build changes exactly when the code changes.
    /// </summary>
    public static string ToolVersion { get; } =
        $"{typeof(Hashing).Assembly.GetName().Version}+{typeof(Hashing).Assembly.ManifestModule.ModuleVersionId:N}";
}
