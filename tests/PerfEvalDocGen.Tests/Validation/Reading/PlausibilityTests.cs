using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Schema;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;
using PerfEvalDocGen.Validation.Plausibility;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>Figures on the wrong scale or of an impossible size are flagged with the value likely meant; the schema states the same limits.</summary>
public class PlausibilityTests
{
    private static string Example => File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json"));

    private static ValidationResult With(string path, string value)
    {
        var root = JObject.Parse(Example);
        ((JValue)root.SelectToken(path)!).Value = "__VALUE__";
        return ReportValidator.Validate(root.ToString().Replace("\"__VALUE__\"", value, StringComparison.Ordinal), "plausible.json");
    }

    [Theory]
    [InlineData("projectExpenditure.fundsArrivalRate", "0.965", "PE140", Severity.Warning, "应写 96.5")]
    [InlineData("projectExpenditure.fundsArrivalRate", "1", "PE140", Severity.Warning, "应写 100")]
    [InlineData("projectExpenditure.fundsArrivalRate", "965", "PE109", Severity.Error, "应为 96.5")]
    [InlineData("projectExpenditure.fundsArrivalRate", "9650", "PE109", Severity.Error, "应为 96.5")]
    [InlineData("budget.executed", "1e15", "PE141", Severity.Warning, "亿元")]
    [InlineData("budget.executed", "13656100", "PE141", Severity.Warning, "应为 1365.61 万元")]
    [InlineData("budget.executed", "13656100", "PE141", Severity.Warning, "可能为 136561.00 万元")]
    [InlineData("organization.staffInService", "970000", "PE142", Severity.Warning, "970000 人")]
    [InlineData("unit.year", "20233", "PE109", Severity.Error, "是否应为 2023")]
    [InlineData("unit.year", "23", "PE109", Severity.Error, "是否应为 2023")]
    [InlineData("signature.reportDate", "\"1924-05-28\"", "PE143", Severity.Warning, "1924")]
    public void A_slip_of_scale_or_size_is_flagged_with_the_value_meant(string path, string value, string code, Severity severity, string meant)
    {
        var result = With(path, value);
        var match = Assert.Single(result.Diagnostics, d => d.Code == code && d.JsonPath == path);
        Assert.Equal(severity, match.Severity);
        Assert.Contains(meant, match.Message + match.Suggestion);
        if (severity == Severity.Warning)
        {
            Assert.NotNull(result.Data);
        }
    }

    [Theory]
    [InlineData("projectExpenditure.fundsArrivalRate", "96.5")]
    [InlineData("projectExpenditure.fundsArrivalRate", "0")]
    [InlineData("budget.executed", "999999.99")]
    [InlineData("organization.staffInService", "100000")]
    [InlineData("signature.reportDate", "\"2100-12-31\"")]
    public void Plausible_figures_are_not_flagged(string path, string value)
    {
        Assert.DoesNotContain(With(path, value).Diagnostics, d => d.Code is "PE140" or "PE141" or "PE142" or "PE143" or "PE109");
    }

    [Fact]
    public void The_examples_raise_no_plausibility_warning()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Examples, "*.json"))
        {
            Assert.DoesNotContain(ReportValidator.ValidateFile(file).Diagnostics, d => string.CompareOrdinal(d.Code, "PE130") >= 0 && string.CompareOrdinal(d.Code, "PE159") <= 0);
        }
    }

    [Fact]
    public void Every_numeric_field_has_a_kind_and_the_schema_states_its_convention()
    {
        var schema = JObject.Parse(SchemaWriter.Write());
        var seen = 0;
        foreach (var (type, field) in NumericFields(typeof(ReportData), []))
        {
            var kind = FigureKinds.Of(field);
            // Building areas (m²) are the one numeric field with no scale convention of their own.
            Assert.True(kind != FigureKind.Other || field.Field.Description.Contains("m²", StringComparison.Ordinal), $"{type.Name}.{field.JsonName} has no kind of figure");
            var description = (string)(type == typeof(ReportData) ? schema["properties"]! : schema["$defs"]![type.Name]!["properties"]!)[field.JsonName]!["description"]!;
            if (PlausibleLimits.Convention(kind) is { } convention)
            {
                Assert.EndsWith(convention, description);
            }
            seen++;
        }
        Assert.True(seen >= 30);
    }

    [Fact]
    public void The_schema_states_the_limits_the_checks_use()
    {
        Assert.Contains(PlausibleLimits.LargestAmount.ToString("0", System.Globalization.CultureInfo.InvariantCulture), PlausibleLimits.Convention(FigureKind.Amount));
        Assert.Contains(PlausibleLimits.LargestCount.ToString("0", System.Globalization.CultureInfo.InvariantCulture), PlausibleLimits.Convention(FigureKind.Count));
        Assert.Contains("0–100", PlausibleLimits.Convention(FigureKind.Percent));
        Assert.Contains($"{PlausibleLimits.FirstYear}–{PlausibleLimits.LastYear}", PlausibleLimits.Convention(FigureKind.Year));
        var rules = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules.md"));
        Assert.Contains($"超过 {PlausibleLimits.LargestAmount:0} 万元", rules);
        Assert.Contains($"超过 {PlausibleLimits.LargestCount:0} 人", rules);
    }

    [Fact]
    public void Every_reading_code_is_documented()
    {
        var rules = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules.md"));
        var source = Path.Combine(RepoPaths.Root, "src", "PerfEvalDocGen");
        var files = new[] { "Validation/Json", "Validation/Plausibility", "Loading" }.SelectMany(d => Directory.GetFiles(Path.Combine(source, d), "*.cs"))
            .Append(Path.Combine(source, "Validation", "StructureChecker.cs")).Append(Path.Combine(source, "Validation", "ReportValidator.cs"));
        var codes = files.SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(PE\\d{3})\"").Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.Contains("PE130", codes);
        Assert.Contains("PE145", codes);
        Assert.All(codes, code => Assert.Contains($"| {code} |", rules));
    }

    private static IEnumerable<(Type Type, FieldShape Field)> NumericFields(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }
        foreach (var field in ModelShape.Of(type).Values)
        {
            var kind = field.Kind == FieldKind.Array ? field.ItemKind : field.Kind;
            if (kind is FieldKind.Number or FieldKind.Integer)
            {
                yield return (type, field);
            }
            else if (kind == FieldKind.Object)
            {
                foreach (var inner in NumericFields(field.ItemType ?? field.Property.PropertyType, seen))
                {
                    yield return inner;
                }
            }
        }
    }
}
