using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace PerfEvalDocGen.DataFormat;

/// <summary>
/// The JSON conventions of the data format (camelCase names, decimal numbers, dates kept as text, unknown members an
/// error), in one place for everything that reads or writes a data file: the loader, the checks, the starter file and
/// the template set's sample data.
/// </summary>
internal static class DataJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        FloatParseHandling = FloatParseHandling.Decimal,
        MissingMemberHandling = MissingMemberHandling.Error,
        DateParseHandling = DateParseHandling.None,
        // A JSON null keeps the property's default: blank figures stay null, sections stay empty objects.
        NullValueHandling = NullValueHandling.Ignore,
        Culture = System.Globalization.CultureInfo.InvariantCulture,
    };

    /// <summary>A serializer with the data format's settings.</summary>
    public static JsonSerializer CreateSerializer() => JsonSerializer.Create(Settings);
}
