using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Validation;

/// <summary>Builds a token tree from a reader's tokens; a repeated key replaces the earlier value, as JSON readers do.</summary>
internal sealed class TreeBuilder
{
    private readonly Stack<JContainer> open = new();
    private string? name;

    public JToken? Root { get; private set; }

    public void Add(JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                Open(new JObject());
                break;
            case JsonToken.StartArray:
                Open(new JArray());
                break;
            case JsonToken.EndObject or JsonToken.EndArray:
                open.Pop();
                break;
            case JsonToken.PropertyName:
                name = (string)reader.Value!;
                break;
            case JsonToken.Null or JsonToken.Undefined:
                Append(JValue.CreateNull());
                break;
            default:
                Append(new JValue(reader.Value));
                break;
        }
    }

    private void Open(JContainer container)
    {
        Append(container);
        open.Push(container);
    }

    private void Append(JToken token)
    {
        if (open.Count == 0)
        {
            Root = token;
        }
        else if (open.Peek() is JObject obj)
        {
            obj[name!] = token;
        }
        else
        {
            ((JArray)open.Peek()).Add(token);
        }
    }
}
