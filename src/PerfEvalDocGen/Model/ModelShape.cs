using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace PerfEvalDocGen.Model;

/// <summary>The data model's fields by JSON name, read once from the C# types; the structure check and the JSON Schema share it.</summary>
internal static class ModelShape
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, FieldShape>> Cache = new();
    private static readonly CamelCaseNamingStrategy Naming = new();

    public static IReadOnlyDictionary<string, FieldShape> Of(Type type) => Cache.GetOrAdd(type, Build);

    public static FieldKind KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return FieldKind.String;
        }
        if (type == typeof(decimal))
        {
            return FieldKind.Number;
        }
        if (type == typeof(int))
        {
            return FieldKind.Integer;
        }
        return ItemTypeOf(type) is not null ? FieldKind.Array : FieldKind.Object;
    }

    private static Type? ItemTypeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static IReadOnlyDictionary<string, FieldShape> Build(Type type)
    {
        var fields = new Dictionary<string, FieldShape>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var field = property.GetCustomAttribute<FieldAttribute>()
                ?? throw new InvalidOperationException($"{type.Name}.{property.Name} has no [Field] attribute");
            var name = property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName ?? Naming.GetPropertyName(property.Name, false);
            var kind = KindOf(property.PropertyType);
            var itemType = ItemTypeOf(property.PropertyType);
            fields[name] = new FieldShape(name, property, field, kind, itemType, itemType is null ? FieldKind.Object : KindOf(itemType));
        }
        return fields;
    }
}
