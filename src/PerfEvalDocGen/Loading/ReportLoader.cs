using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Loading;

/// <summary>Reads a unit's JSON data file into <see cref="ReportData"/>, reporting mistakes with line and column.</summary>
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

    /// <summary>Loads the data file at <paramref name="path"/>; throws <see cref="PerfEvalException"/> on any mistake.</summary>
    public static ReportData LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE100", $"无法读取数据文件：{e.Message}", path));
        }
        return Parse(text, path);
    }

    /// <summary>Parses data from JSON text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public static ReportData Parse(string json, string fileName)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            var data = CreateSerializer().Deserialize<ReportData>(reader);
            return data ?? throw new PerfEvalException(new Diagnostic(Severity.Error, "PE101", "数据文件为空。", fileName, 1, 1));
        }
        catch (JsonReaderException e)
        {
            throw new PerfEvalException(new Diagnostic(
                Severity.Error, "PE101", $"JSON 语法错误：{e.Message}", fileName, e.LineNumber, e.LinePosition, e.Path));
        }
        catch (JsonSerializationException e)
        {
            throw new PerfEvalException(new Diagnostic(
                Severity.Error, "PE102", $"数据结构错误：{e.Message}", fileName, e.LineNumber, e.LinePosition, e.Path));
        }
    }
}
