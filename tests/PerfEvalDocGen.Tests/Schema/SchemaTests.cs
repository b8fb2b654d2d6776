using Newtonsoft.Json.Linq;
using NJsonSchema;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Schema;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Schema;

public class SchemaTests
{
    private static string CommittedPath => Path.Combine(RepoPaths.Root, "schema", SchemaWriter.FileName);

    [Fact]
    public void The_committed_schema_is_the_one_the_tool_prints()
    {
        Assert.Equal(SchemaWriter.Write(), File.ReadAllText(CommittedPath).Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Every_example_is_valid_against_the_schema()
    {
        var schema = await LoadForValidator();
        var examples = Directory.GetFiles(RepoPaths.Examples, "*.json");
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var text = await File.ReadAllTextAsync(example);
            Assert.Equal("../schema/perfeval.schema.json", (string?)JObject.Parse(text)["$schema"]);
            var errors = schema.Validate(text);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(example)}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }

    [Fact]
    public async Task The_schema_rejects_what_the_model_does_not_have()
    {
        var schema = await LoadForValidator();
        Assert.NotEmpty(schema.Validate("""{ "unit": { "name": "某街道", "year": 2023, "nmae": "x" } }"""));
        Assert.NotEmpty(schema.Validate("""{ "unit": { "name": "某街道", "year": 2023 }, "budget": { "executed": "4073.53万" } }"""));
        Assert.NotEmpty(schema.Validate("""{ "unit": { "name": "某街道", "year": 2023 }, "budget": { "executed": -1 } }"""));
        Assert.Empty(schema.Validate("""{ "unit": { "name": "某街道", "year": 2023 }, "budget": { "executed": null } }"""));
    }

    // NJsonSchema resolves draft-07 "definitions" but not 2020-12 "$defs"; for the keywords this schema uses, that name is the only difference.
    private static Task<JsonSchema> LoadForValidator() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(CommittedPath).Replace("\"$defs\"", "\"definitions\"").Replace("#/$defs/", "#/definitions/"));

    [Fact]
    public void Schema_and_model_have_the_same_fields_with_Chinese_titles()
    {
        var schema = JObject.Parse(File.ReadAllText(CommittedPath));
        var definitions = (JObject)schema["$defs"]!;
        var seen = new HashSet<Type>();
        void Compare(Type type, JObject node, string where)
        {
            if (!seen.Add(type))
            {
                return;
            }
            var properties = (JObject)node["properties"]!;
            var modelNames = type.GetProperties().Select(p => p.GetCustomAttributes(typeof(Newtonsoft.Json.JsonPropertyAttribute), false).Cast<Newtonsoft.Json.JsonPropertyAttribute>().FirstOrDefault()?.PropertyName
                ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(modelNames, properties.Properties().Select(p => p.Name).Order(StringComparer.Ordinal).ToList());
            foreach (var property in type.GetProperties())
            {
                var name = modelNames.Single(n => string.Equals(n.TrimStart('$'), property.Name, StringComparison.OrdinalIgnoreCase));
                var field = (JObject)properties[name]!;
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)field["description"]!);
                Assert.False(string.IsNullOrWhiteSpace((string?)field["title"]), $"{where}.{name} has no title");
                var target = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
                if (target.Namespace == typeof(ReportData).Namespace && target.IsClass)
                {
                    Compare(target, (JObject)definitions[target.Name]!, $"{where}.{name}");
                }
            }
        }
        Compare(typeof(ReportData), schema, "$");
        // A type inside a field whose numbers may be negative has a second, signed definition of the same fields.
        var signed = definitions.Properties().Where(p => p.Name.EndsWith("Signed", StringComparison.Ordinal)).ToList();
        Assert.Equal(seen.Count - 1, definitions.Count - signed.Count);
        Assert.All(signed, p => Assert.Equal(
            ((JObject)definitions[p.Name[..^"Signed".Length]]!["properties"]!).Properties().Select(q => q.Name),
            ((JObject)p.Value["properties"]!).Properties().Select(q => q.Name)));
    }
}
