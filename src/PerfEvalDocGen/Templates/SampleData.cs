using System.Reflection;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Templates;

/// <summary>The sample unit exported with a built-in set (样例数据.json), which templates preview generates by default.</summary>
public static class SampleData
{
    /// <summary>The sample's file name in a set's folder.</summary>
    public const string FileName = "样例数据.json";

    private const string Prefix = "examples/";
    private static readonly Assembly Assembly = typeof(SampleData).Assembly;

    /// <summary>The text of the built-in sample unit that uses set <paramref name="setName"/>, or null when none does.</summary>
    public static string? For(string setName)
    {
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            if (JObject.Parse(text).Value<string>("templateSet") == setName)
            {
                return text;
            }
        }
        return null;
    }
}
