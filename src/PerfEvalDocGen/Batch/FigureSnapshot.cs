using System.Globalization;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Batch;

/// <summary>Every number in a unit's data by JSON path, to tell a reviewer which figures a correction changed.</summary>
internal static class FigureSnapshot
{
    public static SortedDictionary<string, string> Of(ReportData data) => Of(JObject.FromObject(data, ReportLoader.CreateSerializer()));

    /// <summary>The numbers of data already in JSON form (as the validator read it).</summary>
    public static SortedDictionary<string, string> Of(JToken data)
    {
        var figures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in (data as JContainer)?.Descendants().OfType<JValue>() ?? [])
        {
            if (value.Type is JTokenType.Integer or JTokenType.Float)
            {
                figures[value.Path] = Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            }
        }
        return figures;
    }

    public static IReadOnlyList<FigureChange> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(path => (path, old: before.GetValueOrDefault(path), now: after.GetValueOrDefault(path)))
            .Where(x => !Equals(Normalize(x.old), Normalize(x.now)))
            .Select(x => new FigureChange(x.path, FieldTitles.Label(x.path), x.old, x.now))
            .ToList();

    private static decimal? Normalize(string? value) =>
        value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture);
}
