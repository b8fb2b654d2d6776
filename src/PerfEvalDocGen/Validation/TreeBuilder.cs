using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Validation;

/// <summary>Builds a token tree from a reader's tokens; a repeated key replaces the earlier value, as JSON readers do.</summary>
internal sealed class TreeBuilder
{
    private readonly Stack<JContainer> open = new();
    private string? name;

    public JToken? Root { get; private set; }

    /// <summary>The key, when the last value added replaced one under the same key.</summary>
    public string? Duplicate { get; private set; }

    /// <summary>Adds the reader's current token; returns the value or container it created, if any.</summary>
    public JToken? Add(JsonReader reader)
    {
        Duplicate = null;
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                return Open(new JObject());
            case JsonToken.StartArray:
                return Open(new JArray());
            case JsonToken.EndObject or JsonToken.EndArray:
                open.Pop();
                return null;
            case JsonToken.PropertyName:
                name = (string)reader.Value!;
                return null;
            case JsonToken.Null or JsonToken.Undefined:
                return Append(JValue.CreateNull());
            default:
                return Append(new JValue(reader.Value));
        }
    }

    private JToken Open(JContainer container)
    {
        Append(container);
        open.Push(container);
        return container;
    }

    private JToken Append(JToken token)
    {
        if (open.Count == 0)
        {
            Root = token;
        }
        else if (open.Peek() is JObject obj)
        {
            Duplicate = obj.ContainsKey(name!) ? name : null;
            obj[name!] = token;
        }
        else
        {
            ((JArray)open.Peek()).Add(token);
        }
        return token;
    }
}
