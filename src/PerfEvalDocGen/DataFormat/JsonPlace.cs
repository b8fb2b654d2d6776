using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.DataFormat;

/// <summary>Where a JSON token starts in its file, for messages: a property at its name, a value at its first character.</summary>
internal static class JsonPlace
{
    public static Position Of(JToken token)
    {
        var info = (IJsonLineInfo)token;
        if (!info.HasLineInfo())
        {
            return token.Parent is { } parent ? Of(parent) : new Position(0, 0);
        }
        var column = info.LinePosition;
        // Json.NET records the place after a token: step back over it to where it starts.
        column -= token switch
        {
            // A property's place is recorded after its colon.
            JProperty property => JsonConvert.ToString(property.Name).Length + 1,
            JObject or JArray => 1,
            JValue { Type: JTokenType.String } value => JsonConvert.ToString((string)value!).Length,
            JValue value => value.ToString(Formatting.None).Length,
            _ => 0,
        };
        return new Position(info.LineNumber, Math.Max(1, column + 1));
    }
}
