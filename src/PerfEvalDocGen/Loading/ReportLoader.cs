using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Loading;

/// <summary>Reads a unit's JSON data file into <see cref="ReportData"/>; any error found by <see cref="ReportValidator"/> stops it.</summary>
public static class ReportLoader
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

    /// <summary>The serializer settings of the data format, shared by everything that reads or writes it.</summary>
    public static JsonSerializer CreateSerializer() => JsonSerializer.Create(Settings);

    /// <summary>Loads the data file at <paramref name="path"/>; throws <see cref="PerfEvalException"/> with every error found.</summary>
    public static ReportData LoadFile(string path) => Unwrap(ReportValidator.ValidateFile(path));

    /// <summary>Loads data from JSON text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public static ReportData Parse(string json, string fileName) => Unwrap(ReportValidator.Validate(json, fileName));

    private static ReportData Unwrap(ValidationResult result) =>
        result.Data ?? throw new PerfEvalException(result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList());
}
