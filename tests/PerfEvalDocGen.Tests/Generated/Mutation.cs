using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Tests.Generated;

/// <summary>
/// One random change to one filled text of a valid unit, and whether anything notices it. Numbers are left out:
/// a number a set neither prints nor computes from is not yet warned about (PE224 covers texts only).
/// </summary>
public static class Mutation
{
    /// <summary>Null when the change at <paramref name="at"/> is flagged by validation or changes the document; else what went unnoticed.</summary>
    public static string? Noticed(JObject unit, int at)
    {
        var leaves = unit.Descendants().OfType<JValue>()
            .Where(v => v.Value is string && v.Path != "templateSet")
            .ToList();
        if (leaves.Count == 0)
        {
            return null;
        }
        var before = PackageCheck.Run(unit);
        var copy = (JObject)unit.DeepClone();
        var leaf = (JValue)copy.SelectToken(leaves[at % leaves.Count].Path)!;
        var old = leaf.ToString();
        leaf.Value = leaf.Type switch
        {
            JTokenType.String => (string)leaf! + "变",
            JTokenType.Integer => (long)leaf + 1,
            _ => (decimal)leaf + 1.11m,
        };
        var after = PackageCheck.Run(copy);
        // Flagged: the diagnostics change, or one of them already names the field or a part holding it (PE224: not printed).
        if (Key(before.Diagnostics) != Key(after.Diagnostics) || after.Package is null
            || after.Diagnostics.Any(d => d.JsonPath is { } p && (leaf.Path == p || leaf.Path.StartsWith(p + ".", StringComparison.Ordinal) || leaf.Path.StartsWith(p + "[", StringComparison.Ordinal))))
        {
            return null;
        }
        var textBefore = string.Join("\n", PackageCheck.AllText(before.Package!.Content)) + before.Package.FileName;
        var textAfter = string.Join("\n", PackageCheck.AllText(after.Package.Content)) + after.Package.FileName;
        if (textBefore != textAfter || IsRequiredText(unit, leaf.Path))
        {
            return null;
        }
        return $"{leaf.Path}: {old} → {leaf} changed nothing and nothing was flagged";
    }

    // A text its object cannot be without (a group's category) is named by PE224 only when its whole object goes unprinted
    // (docs/rules.md): the writer cannot leave it out, so a warning on every such unit would only be noise.
    private static bool IsRequiredText(JObject unit, string path) =>
        (string?)unit["templateSet"] is { } name
        && PerfEvalDocGen.Validation.Rules.PrintedTextProbe.Probe(unit, PerfEvalDocGen.Templates.TemplateSet.Embedded(name)) is { } probe
        && probe.Required.Contains(path);

    private static string Key(IReadOnlyList<Diagnostics.Diagnostic> diagnostics) =>
        string.Join("|", diagnostics.Select(d => $"{d.Code}@{d.JsonPath}:{d.Message}"));
}
