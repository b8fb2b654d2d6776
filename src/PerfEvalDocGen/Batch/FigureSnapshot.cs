using System.Globalization;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// Every number in a unit's data by JSON path, and the figures that follow from them (总分, 等级, 三公经费合计…), to tell a
/// reviewer which figures a correction changed and what it changed downstream.
/// </summary>
internal static class FigureSnapshot
{
    /// <summary>Keys of figures computed from the data start with this, so they sort apart from JSON paths.</summary>
    private const string Derived = "=";

    private static readonly string[] NameFields = ["name", "level3", "title"];

    public static FigureRecord Of(ReportData data) => Of(JObject.FromObject(data, DataJson.CreateSerializer()), data);

    /// <summary>The figures of data already in JSON form (as the validator read it), with those computed from <paramref name="data"/>.</summary>
    public static FigureRecord Of(JToken source, ReportData data)
    {
        var record = new FigureRecord();
        foreach (var value in (source as JContainer)?.Descendants().OfType<JValue>() ?? [])
        {
            if (value.Type is JTokenType.Integer or JTokenType.Float)
            {
                // A token's Path walks up to the root each time it is asked: once per figure is enough.
                var path = value.Path;
                record.Figures[path] = Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                record.Labels[path] = LabelOf(value, path);
            }
        }
        var figures = FigureCalculator.Compute(data);
        AddDerived(record, "预算执行率", figures.ExecutionRate);
        AddDerived(record, "预算执行得分", figures.ExecutionScore);
        AddDerived(record, "总分", figures.TotalScore);
        if (figures.Grade is { } grade)
        {
            record.Figures[Derived + "等级"] = grade;
            record.Labels[Derived + "等级"] = "等级";
        }
        AddDerived(record, "三公经费合计·上年决算数", figures.ThreePublicTotal.LastYearActual);
        AddDerived(record, "三公经费合计·本年预算数", figures.ThreePublicTotal.CurrentBudget);
        AddDerived(record, "三公经费合计·本年决算数", figures.ThreePublicTotal.CurrentActual);
        return record;
    }

    /// <summary>What differs from <paramref name="before"/> to <paramref name="after"/>: the data's figures first, then what follows from them.</summary>
    public static IReadOnlyList<FigureChange> Changes(FigureRecord before, FigureRecord after) =>
        Changes(before.Figures, before.Labels, after);

    /// <summary>The changes from <paramref name="figures"/> (labelled by <paramref name="labels"/> where <paramref name="after"/> lacks a key).</summary>
    public static IReadOnlyList<FigureChange> Changes(IReadOnlyDictionary<string, string> figures, IReadOnlyDictionary<string, string> labels, FigureRecord after) =>
        figures.Keys.Union(after.Figures.Keys)
            .OrderBy(key => key.StartsWith(Derived, StringComparison.Ordinal)).ThenBy(key => key, StringComparer.Ordinal)
            .Select(key => (key, old: figures.GetValueOrDefault(key), now: after.Figures.GetValueOrDefault(key)))
            .Where(x => !Same(x.old, x.now))
            .Select(x => new FigureChange(x.key, after.Labels.GetValueOrDefault(x.key) ?? labels.GetValueOrDefault(x.key) ?? FieldTitles.Label(x.key), x.old, x.now))
            .ToList();

    private static void AddDerived(FigureRecord record, string label, decimal? value)
    {
        if (value is { } v)
        {
            record.Figures[Derived + label] = Rounding.Round2(v).ToString("0.00", CultureInfo.InvariantCulture);
            record.Labels[Derived + label] = label;
        }
    }

    /// <summary>
    /// The figure's label; inside a list item that has a name (an indicator, a project, a row), the item is named rather
    /// than numbered: 绩效指标“群众满意度”·得分 rather than 绩效指标 16·得分.
    /// </summary>
    private static string LabelOf(JValue value, string path)
    {
        var label = FieldTitles.Label(path);
        for (JToken? item = value.Parent; item is not null; item = item.Parent)
        {
            if (item is JObject obj && obj.Parent is JArray list && NameFields.Select(f => obj[f]).OfType<JValue>().FirstOrDefault(v => v.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)v)) is { } name)
            {
                var listTitle = FieldTitles.Of(list.Path) ?? list.Path;
                var depth = path[(obj.Path.Length + 1)..].Split('.').Length;
                var tail = label.Split('·').TakeLast(Math.Min(depth, 2));
                return $"{listTitle}“{(string)name!}”·{string.Join("·", tail)}";
            }
        }
        return label;
    }

    private static bool Same(string? a, string? b) =>
        a is null || b is null ? a == b
        : decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
            ? x == y
            : string.Equals(a, b, StringComparison.Ordinal);
}
