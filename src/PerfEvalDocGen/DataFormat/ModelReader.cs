using System.Collections;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.DataFormat;

/// <summary>
/// Builds the data model from a JSON tree by the model's own field list (<see cref="ModelShape"/>), reading what the
/// serializer with <see cref="DataJson"/>'s settings reads: a JSON null keeps the property's default, sections the
/// model creates are filled in place, numbers become decimals or integers, dates stay text, an unknown member is an
/// error. It exists for speed: the serializer works out its own description of every model type by reflection in each
/// process, and in a one-off command that cost more than all the checks together.
/// </summary>
internal static class ModelReader
{
    /// <summary>The model of type <typeparamref name="T"/> the tree describes.</summary>
    /// <exception cref="JsonSerializationException">The tree does not fit the model (an unknown member, a list where a value belongs).</exception>
    public static T Read<T>(JObject source) where T : class, new() => (T)Fill(source, typeof(T), new T());

    private static object Fill(JObject source, Type type, object target)
    {
        var fields = ModelShape.Of(type);
        foreach (var property in source.Properties())
        {
            if (!fields.TryGetValue(property.Name, out var field))
            {
                throw new JsonSerializationException($"数据中有模型没有的栏目“{property.Name}”（{property.Path}）。");
            }
            if (IsNull(property.Value))
            {
                continue;
            }
            var current = field.Property.GetValue(target);
            var value = field.Kind switch
            {
                FieldKind.Object => Fill(Expect<JObject>(property.Value), field.Property.PropertyType,
                    current ?? Activator.CreateInstance(field.Property.PropertyType)!),
                FieldKind.Array => FillList(Expect<JArray>(property.Value), field, (IList?)current),
                _ => Scalar(property.Value, field.Kind),
            };
            if (!ReferenceEquals(value, current))
            {
                field.Property.SetValue(target, value);
            }
        }
        return target;
    }

    // A list the model creates is filled in place (as the serializer does), otherwise a new one is made.
    private static IList FillList(JArray source, FieldShape field, IList? list)
    {
        list ??= (IList)Activator.CreateInstance(field.Property.PropertyType)!;
        foreach (var item in source)
        {
            list.Add(IsNull(item) ? null
                : field.ItemKind == FieldKind.Object ? Fill(Expect<JObject>(item), field.ItemType!, Activator.CreateInstance(field.ItemType!)!)
                : Scalar(item, field.ItemKind));
        }
        return list;
    }

    private static object? Scalar(JToken token, FieldKind kind)
    {
        if (token is not JValue { Value: var value })
        {
            throw new JsonSerializationException($"“{token.Path}”处应为一个值，而不是{(token is JArray ? "列表" : "对象")}。");
        }
        try
        {
            return kind switch
            {
                FieldKind.String => value is string text ? text : Convert.ToString(value, CultureInfo.InvariantCulture),
                FieldKind.Number => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                FieldKind.Integer => Convert.ToInt32(value, CultureInfo.InvariantCulture),
                _ => throw new JsonSerializationException($"“{token.Path}”的类型无法读取。"),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            throw new JsonSerializationException($"“{token.Path}”的值 {token} 无法读作{(kind == FieldKind.String ? "文字" : "数字")}。", e);
        }
    }

    // A JValue holding no value reads as null whatever its type says (a tree built in code can hold one).
    private static bool IsNull(JToken token) => token.Type == JTokenType.Null || token is JValue { Value: null };

    private static T Expect<T>(JToken token) where T : JToken =>
        token as T ?? throw new JsonSerializationException(
            $"“{token.Path}”处应为{(typeof(T) == typeof(JObject) ? "对象" : "列表")}。");
}
