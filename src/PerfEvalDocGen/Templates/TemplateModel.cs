using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Templates;

/// <summary>Builds what templates see: the data under its JSON names, plus the computed figures under <c>figures</c>.</summary>
internal static class TemplateModel
{
    public static Dictionary<string, object?> Create(ReportData data, ReportFigures figures)
    {
        var serializer = ReportLoader.CreateSerializer();
        // Blank figures must stay visible as null, so a template can test them and a misspelt name is still an error.
        serializer.NullValueHandling = Newtonsoft.Json.NullValueHandling.Include;
        var root = (Dictionary<string, object?>)Convert(JToken.FromObject(data, serializer))!;
        root.Remove("$schema");
        root["figures"] = Convert(JToken.FromObject(figures, serializer));
        return root;
    }

    // Handlebars resolves dictionaries by key, so JSON names work unchanged in templates.
    private static object? Convert(JToken token) => token switch
    {
        JObject o => o.Properties().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
        JArray a => a.Select(Convert).ToList(),
        JValue { Type: JTokenType.Null } => null,
        JValue v => v.Value,
        _ => token.ToString(),
    };
}
