using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>
/// Validate and generate agree: over every example under every built-in set, with each field dropped and each list
/// emptied in turn, a file that validates also generates.
/// </summary>
public partial class ValidateGenerateAgreementTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var example in Directory.GetFiles(RepoPaths.Examples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            foreach (var set in TemplateSet.EmbeddedNames)
            {
                cases.Add(example!, set);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_file_that_validates_never_fails_in_generate(string example, string set)
    {
        var original = JObject.Parse(File.ReadAllText(RepoPaths.Example(example)));
        original["templateSet"] = set;
        var failures = new List<string>();
        var variants = 0;
        var valid = 0;
        foreach (var (description, variant) in Variants(original))
        {
            variants++;
            var result = ReportValidator.Validate(variant.ToString(), example);
            if (result.HasErrors)
            {
                // No template fault may be blamed on the data: a built-in set is never at fault.
                Assert.DoesNotContain(result.Diagnostics, d => d.Code is "PE301" or "PE302" or "PE311" or "PE312" or "PE313" or "PE314" or "PE315");
                continue;
            }
            valid++;
            try
            {
                new ReportGenerator().Generate(result.Data!);
            }
            catch (PerfEvalException e)
            {
                failures.Add($"{description}: {string.Join(" | ", e.Diagnostics)}");
            }
        }
        Assert.True(variants > 20, $"only {variants} variants");
        if (set == ExampleSet(example))
        {
            Assert.True(valid > 0, "no variant of the example validated under its own set");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {valid} valid variants failed in generate:\n" + string.Join("\n", failures.Take(10)));
    }

    private static string ExampleSet(string example) =>
        (string?)JObject.Parse(File.ReadAllText(RepoPaths.Example(example)))["templateSet"] ?? TemplateSet.DefaultName;

    /// <summary>
    /// Each property removed, each non-empty list emptied, each value set to null, one at a time; in lists only the first
    /// item is varied (the others have the same shape), which keeps the run short.
    /// </summary>
    private static IEnumerable<(string, JObject)> Variants(JObject original)
    {
        var paths = original.Descendants().OfType<JProperty>().Select(p => p.Value.Path)
            .Where(p => p != "templateSet" && !LaterItem().IsMatch(p)).ToList();
        foreach (var path in paths)
        {
            var removed = (JObject)original.DeepClone();
            removed.SelectToken(path)!.Parent!.Remove();
            yield return ($"without {path}", removed);
            var token = original.SelectToken(path)!;
            if (token is JArray { Count: > 0 })
            {
                var emptied = (JObject)original.DeepClone();
                ((JArray)emptied.SelectToken(path)!).RemoveAll();
                yield return ($"{path} emptied", emptied);
            }
            else if (token is JValue { Type: not JTokenType.Null })
            {
                var nulled = (JObject)original.DeepClone();
                ((JValue)nulled.SelectToken(path)!).Value = null;
                yield return ($"{path} null", nulled);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[[1-9]\d*\]")]
    private static partial System.Text.RegularExpressions.Regex LaterItem();
}
