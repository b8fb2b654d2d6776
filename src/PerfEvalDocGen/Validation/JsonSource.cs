using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Validation.Json;

namespace PerfEvalDocGen.Validation;

/// <summary>Parses data text into a token tree with the position of every value, reporting what is not standard JSON.</summary>
internal static class JsonSource
{
    /// <summary>
    /// The root token and where each value is, or null when the text cannot be read as JSON (the reason is added to
    /// <paramref name="output"/>). Slips with a plain meaning (055, a comment) are added as errors while the tree is still returned.
    /// </summary>
    public static (JToken Root, SourceMap Map)? Parse(string text, string file, List<Diagnostic> output) =>
        StrictJsonReader.Read(text, file, output);
}
