using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Plausibility;

namespace PerfEvalDocGen.Schema;

/// <summary>Writes the data format's JSON Schema (draft 2020-12) from the C# model and its Chinese field titles, so the two never drift.</summary>
public static class SchemaWriter
{
    /// <summary>The schema's file name in the repository (schema/) and the examples' $schema reference.</summary>
    public const string FileName = "perfeval.schema.json";

    /// <summary>The schema as indented JSON text with a final newline.</summary>
    public static string Write() => Build().ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";

    /// <summary>The schema as a JSON object.</summary>
    public static JObject Build()
    {
        var definitions = new SortedDictionary<string, JObject>(StringComparer.Ordinal);
        var root = ObjectSchema(typeof(ReportData), definitions, signed: false);
        var schema = new JObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "部门（单位）整体支出绩效自评数据",
            ["description"] = "一个单位一个年度的整体支出绩效自评材料所需的全部数据；金额单位为万元，比率为 0–100 的百分数，未填写写 null，与 0 不同。"
                + "文件为 UTF-8 编码的标准 JSON：数字不加引号、不带单位和千位分隔符，不以 0 开头（写 55 而不是 055）；不能有注释和最后一项之后的逗号。",
        };
        foreach (var property in root.Properties())
        {
            schema[property.Name] = property.Value;
        }
        schema["$defs"] = new JObject(definitions.Select(d => new JProperty(d.Key, d.Value)));
        return schema;
    }

    // signed: an enclosing field allows negative numbers, so the numbers inside take no minimum of 0 (the structure check does the same).
    private static JObject ObjectSchema(Type type, IDictionary<string, JObject> definitions, bool signed)
    {
        var fields = ModelShape.Of(type);
        var properties = new JObject();
        foreach (var field in fields.Values)
        {
            properties[field.JsonName] = FieldSchema(field, definitions, signed || field.Field.AllowNegative);
        }
        var schema = new JObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = fields.Values.Where(f => f.Field.Required).Select(f => f.JsonName).ToList();
        if (required.Count > 0)
        {
            schema["required"] = new JArray(required);
        }
        return schema;
    }

    private static JObject FieldSchema(FieldShape field, IDictionary<string, JObject> definitions, bool signed)
    {
        var schema = new JObject { ["title"] = field.Field.Title, ["description"] = Description(field) };
        switch (field.Kind)
        {
            case FieldKind.Object:
                schema["anyOf"] = new JArray(Reference(field.Property.PropertyType, definitions, signed), new JObject { ["type"] = "null" });
                break;
            case FieldKind.Array:
                schema["type"] = new JArray("array", "null");
                schema["items"] = field.ItemKind == FieldKind.Object ? Reference(field.ItemType!, definitions, signed) : Scalar(field.ItemKind, field.Field, nullable: false, signed);
                break;
            default:
                foreach (var property in Scalar(field.Kind, field.Field, nullable: !field.Field.Required, signed).Properties())
                {
                    schema[property.Name] = property.Value;
                }
                break;
        }
        return schema;
    }

    // The field's own description, then the convention of its kind of figure (unit, scale, plausible size) from the one
    // place the checks read it, so the schema states what validate warns about.
    private static string Description(FieldShape field) =>
        PlausibleLimits.Convention(FigureKinds.Of(field)) is { } convention ? $"{field.Field.Description}{convention}" : field.Field.Description;

    private static JObject Scalar(FieldKind kind, FieldAttribute field, bool nullable, bool signed)
    {
        var type = kind switch
        {
            FieldKind.Number => "number",
            FieldKind.Integer => "integer",
            _ => "string",
        };
        var schema = new JObject { ["type"] = nullable ? new JArray(type, "null") : type };
        if (kind is FieldKind.Number or FieldKind.Integer)
        {
            var minimum = double.IsNaN(field.Minimum) ? (field.AllowNegative || signed ? double.NaN : 0) : field.Minimum;
            if (!double.IsNaN(minimum))
            {
                schema["minimum"] = minimum;
            }
            if (!double.IsNaN(field.Maximum))
            {
                schema["maximum"] = field.Maximum;
            }
            else if (kind == FieldKind.Integer)
            {
                // The reader holds integers as int: the schema says so, so that the two accept the same numbers.
                schema["maximum"] = int.MaxValue;
            }
        }
        if (field.Choices is { } choices)
        {
            var allowed = new JArray(choices);
            if (nullable)
            {
                allowed.Add(JValue.CreateNull());
            }
            schema["enum"] = allowed;
        }
        if (field.Format == FieldFormat.Date)
        {
            schema["pattern"] = @"^\d{4}-\d{2}-\d{2}$";
        }
        else if (field.Format == FieldFormat.MonthOrDate)
        {
            schema["pattern"] = @"^\d{4}-\d{2}(-\d{2})?$";
        }
        return schema;
    }

    private static JObject Reference(Type type, IDictionary<string, JObject> definitions, bool signed)
    {
        // A type used both ways gets a second definition whose numbers may be negative.
        var name = signed ? $"{type.Name}Signed" : type.Name;
        if (!definitions.ContainsKey(name))
        {
            definitions[name] = new JObject();
            definitions[name] = ObjectSchema(type, definitions, signed);
        }
        return new JObject { ["$ref"] = $"#/$defs/{name}" };
    }
}
