using Newtonsoft.Json.Linq;
using NJsonSchema;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Schema;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>Over every integer field of the model, the reader and the JSON Schema accept and reject the same numbers.</summary>
public class IntegerSchemaAgreementTests
{
    private static readonly string[] Values = ["55", "55.0", "5.5e1", "1e2", "2023", "2023.00", "55.5", "0.5", "1e-1", "2147483648", "\"55\""];

    public static TheoryData<string> IntegerFields() => [.. Fields(typeof(ReportData), "", []).Where(f => f.Kind == FieldKind.Integer).Select(f => f.Path)];

    [Fact]
    public void The_model_has_integer_fields()
    {
        Assert.True(IntegerFields().Count >= 5);
    }

    [Theory]
    [MemberData(nameof(IntegerFields))]
    public async Task Reader_and_schema_agree(string path)
    {
        var committed = JObject.Parse(SchemaWriter.Write());
        var schema = await JsonSchema.FromJsonAsync(SchemaWriter.Write().Replace("\"$defs\"", "\"definitions\"").Replace("#/$defs/", "#/definitions/"));
        var node = FieldSchema(committed, path);
        Assert.Contains("integer", node["type"]!.ToString());
        var accepted = new List<string>();
        foreach (var value in Values)
        {
            var root = Instance(typeof(ReportData));
            Assert.Empty(schema.Validate(root.ToString()));
            Place(root, path);
            var text = root.ToString().Replace("\"__VALUE__\"", value, StringComparison.Ordinal);
            var token = JToken.Parse(value);
            // NJsonSchema decides "integer" by how the number is written, so it rejects 55.0; JSON Schema 2020-12 counts
            // any number with a zero fractional part as an integer, as editors' validators do. Whole numbers written
            // with a fraction or exponent are judged by the schema's own keywords under that rule; the rest by NJsonSchema.
            var schemaAccepts = token.Type == JTokenType.Float
                ? SpecAccepts(node, (decimal)token)
                : schema.Validate(text).Count == 0;
            var result = ReportValidator.Validate(text, "agreement.json");
            var readerAccepts = !result.Diagnostics.Any(d => d.JsonPath == path && d.Severity == PerfEvalDocGen.Diagnostics.Severity.Error);
            Assert.True(schemaAccepts == readerAccepts,
                $"{path} = {value}: schema {(schemaAccepts ? "accepts" : "rejects")}, reader {(readerAccepts ? "accepts" : "rejects")}: {string.Join("; ", result.Diagnostics.Where(d => d.JsonPath == path))}");
            if (readerAccepts)
            {
                accepted.Add(value);
            }
        }
        Assert.True(accepted.Contains("55.0") || path == "unit.year", $"{path}: 55.0 rejected");
        Assert.True(!accepted.Contains("2023") || accepted.Contains("2023.00"), $"{path}: 2023 accepted but 2023.00 rejected");
        Assert.DoesNotContain("55.5", accepted);
        Assert.DoesNotContain("2147483648", accepted);
    }

    private static bool SpecAccepts(JObject node, decimal value) =>
        value == decimal.Truncate(value)
        && (node["minimum"] is not { } minimum || value >= (decimal)minimum)
        && (node["maximum"] is not { } maximum || value <= (decimal)maximum);

    // The schema of the field at a path: through properties, $ref into $defs, and items.
    private static JObject FieldSchema(JObject schema, string path)
    {
        JObject current = schema;
        foreach (var segment in path.Split('.'))
        {
            if (current["$ref"] is { } reference)
            {
                current = (JObject)schema["$defs"]![((string)reference!)["#/$defs/".Length..]]!;
            }
            current = (JObject)current["properties"]![segment.Replace("[0]", "", StringComparison.Ordinal)]!;
            if (segment.EndsWith("[0]", StringComparison.Ordinal))
            {
                current = (JObject)current["items"]!;
            }
            else if (current["anyOf"] is JArray any)
            {
                current = (JObject)any[0];
            }
        }
        return current;
    }

    // Each type once along a path: a theme holds themes.
    private static IEnumerable<(string Path, FieldKind Kind)> Fields(Type type, string prefix, HashSet<Type> along)
    {
        if (!along.Add(type))
        {
            yield break;
        }
        foreach (var field in ModelShape.Of(type).Values)
        {
            var path = prefix.Length == 0 ? field.JsonName : $"{prefix}.{field.JsonName}";
            if (field.Kind == FieldKind.Object)
            {
                foreach (var inner in Fields(field.Property.PropertyType, path, [.. along]))
                {
                    yield return inner;
                }
            }
            else if (field.Kind == FieldKind.Array && field.ItemKind == FieldKind.Object)
            {
                foreach (var inner in Fields(field.ItemType!, path + "[0]", [.. along]))
                {
                    yield return inner;
                }
            }
            else if (field.Kind != FieldKind.Array)
            {
                yield return (path, field.Kind);
            }
        }
    }

    // The smallest object of the type the schema accepts: its required fields filled with plain values.
    private static JObject Instance(Type type)
    {
        var obj = new JObject();
        foreach (var field in ModelShape.Of(type).Values.Where(f => f.Field.Required))
        {
            obj[field.JsonName] = field.Kind switch
            {
                FieldKind.Object => Instance(field.Property.PropertyType),
                FieldKind.Array => new JArray(),
                FieldKind.Integer or FieldKind.Number => double.IsNaN(field.Field.Minimum) ? 1 : (int)field.Field.Minimum + 23,
                _ => "某",
            };
        }
        return obj;
    }

    private static void Place(JObject root, string path)
    {
        var type = typeof(ReportData);
        JObject current = root;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var name = segments[i].Replace("[0]", "", StringComparison.Ordinal);
            var field = ModelShape.Of(type)[name];
            if (i == segments.Length - 1)
            {
                current[name] = "__VALUE__";
                return;
            }
            type = field.ItemType ?? field.Property.PropertyType;
            if (segments[i].EndsWith("[0]", StringComparison.Ordinal))
            {
                var item = Instance(type);
                current[name] = new JArray(item);
                current = item;
            }
            else
            {
                current = current[name] as JObject ?? (JObject)(current[name] = Instance(type));
            }
        }
    }
}
