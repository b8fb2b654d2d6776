using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Schema;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>What the model's attributes say is what the check and the schema do: required sections, signed sections, choices.</summary>
public class ModelRequirementTests
{
    private static JObject Base() => JObject.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "bad", "00-valid-base.json")));

    private static IReadOnlyList<Diagnostic> Check(JObject data) => ReportValidator.Validate(data.ToString(), "data.json").Diagnostics;

    [Fact]
    public void Without_unit_validation_fails_instead_of_a_year_0_report()
    {
        var data = Base();
        data.Remove("unit");
        var error = Assert.Single(Check(data), d => d.Code == "PE106");
        Assert.Equal("unit", error.JsonPath);
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Fact]
    public void A_null_unit_is_missing_too()
    {
        var data = Base();
        data["unit"] = JValue.CreateNull();
        Assert.Contains(Check(data), d => d is { Code: "PE106", JsonPath: "unit" });
    }

    [Fact]
    public void A_negative_basic_budget_adjustment_is_accepted_by_the_check_and_the_schema()
    {
        var data = Base();
        data["basicBudgetAdjustment"] = new JObject { ["currentBudget"] = -12.5m, ["currentActual"] = -3m };
        Assert.DoesNotContain(Check(data), d => d.Code == "PE107");
        var schema = SchemaWriter.Build();
        var reference = (string)schema.SelectToken("properties.basicBudgetAdjustment.anyOf[0].$ref")!;
        var definition = schema.SelectToken($"$defs.{reference.Split('/')[^1]}")!;
        Assert.Null(definition.SelectToken("properties.currentActual.minimum"));
        // Elsewhere the same figures stay non-negative in both.
        Assert.Equal(0, (int)schema.SelectToken("$defs.YearFigures.properties.currentActual.minimum")!);
        data["procurement"] = new JObject { ["currentActual"] = -1m };
        Assert.Contains(Check(data), d => d is { Code: "PE107", JsonPath: "procurement.currentActual" });
    }

    [Fact]
    public void An_indicator_direction_outside_its_choices_is_reported_and_the_schema_lists_them()
    {
        var data = Base();
        var indicator = (JObject)data["indicators"]![0]!;
        indicator["direction"] = "正向";
        Assert.DoesNotContain(Check(data), d => d.Code == "PE121");
        indicator["direction"] = "越大越好";
        var error = Assert.Single(Check(data), d => d.Code == "PE121");
        Assert.Equal("indicators[0].direction", error.JsonPath);
        Assert.Contains("正向", error.Message);
        Assert.Equal(["正向", "反向", null], SchemaWriter.Build().SelectToken("$defs.Indicator.properties.direction.enum")!.Select(t => (string?)t));
    }

    [Fact]
    public void Docs_name_exactly_the_fields_the_model_lets_be_negative()
    {
        var signed = new List<string>();
        Walk(typeof(PerfEvalDocGen.Model.ReportData), "", signed, []);
        var row = File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "rules.md")).Single(l => l.StartsWith("| PE107 |", StringComparison.Ordinal));
        var named = System.Text.RegularExpressions.Regex.Matches(row.Split('|')[3], "`([a-zA-Z.]+)`").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(signed.Order(), named.Order());
    }

    // `onPath` stops the walk at a type that contains itself (Theme holds Themes), which would otherwise recurse forever.
    private static void Walk(Type type, string prefix, List<string> signed, HashSet<Type> onPath)
    {
        if (!onPath.Add(type))
        {
            return;
        }

        foreach (var field in ModelShape.Of(type).Values)
        {
            var path = prefix + field.JsonName;
            if (field.Field.AllowNegative)
            {
                signed.Add(path);
            }
            else if (field.Kind == FieldKind.Object)
            {
                Walk(field.Property.PropertyType, path + ".", signed, onPath);
            }
            else if (field.Kind == FieldKind.Array && field.ItemKind == FieldKind.Object)
            {
                Walk(field.ItemType!, path + ".", signed, onPath);
            }
        }

        onPath.Remove(type);
    }
}
