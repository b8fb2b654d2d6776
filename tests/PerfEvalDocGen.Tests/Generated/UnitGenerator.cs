using System.Globalization;
using CsCheck;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Generated;

/// <summary>
/// Random but valid units for every template set. Every field of the model is visited by reflection (so a field
/// added later is generated too): optional ones are present or absent, lists empty or long, numbers zero, large or
/// negative where the model allows it, names short or very long. The figures an error rule ties together
/// (indicator weights and scores, the execution a score comes from) are then made to agree, and whatever the set
/// requires is filled.
/// </summary>
public static partial class UnitGenerator
{
    /// <summary>The built-in template sets.</summary>
    public static IReadOnlyList<string> Sets => TemplateSet.EmbeddedNames;

    /// <summary>A unit for any set, as (set, JSON) — shrinking towards fewer and simpler decisions.</summary>
    public static Gen<(string Set, JObject Data)> Units { get; } =
        Gen.Select(Gen.Int[0, 1000], Gen.UInt.Array[0, 1500], (set, values) => (set, values))
            .Select(x => Build(Sets[x.set % Sets.Count], new Choices(x.values)));

    /// <summary>The unit the decisions make for <paramref name="set"/>.</summary>
    public static (string Set, JObject Data) Build(string set, Choices choices)
    {
        var data = (JObject)Value(typeof(ReportData), choices, depth: 0, signed: false);
        data.Remove("$schema");
        data["templateSet"] = set;
        var year = 2001 + choices.Next(98);
        data["unit"] = new JObject { ["name"] = TextPool.UnitName(choices), ["year"] = year };
        foreach (var optional in new[] { "shortName", "region", "selfReference" })
        {
            if (choices.Chance(60))
            {
                data["unit"]![optional] = TextPool.Text(choices, 10);
            }
        }
        // Assigning a token that already has a parent stores a copy, so only a new object is assigned.
        if (data["signature"] is not JObject signature)
        {
            data["signature"] = signature = new JObject();
        }
        signature["reportDate"] = $"{year + 1}-{1 + choices.Next(12):00}-{1 + choices.Next(28):00}";
        signature["filledOn"] = choices.Chance(50) ? $"{year + 1}-{1 + choices.Next(12):00}" : null;
        Budget(data, choices);
        var manifest = TemplateSet.EmbeddedManifest(set);
        // An empty grid is valid only where the set prints no 总分 (PE207).
        var rows = Indicators(choices);
        data["indicators"] = rows.Count == 0 && manifest.Forms.Contains("overall-self-evaluation") ? Indicators(new Choices([1, 1, 1])) : rows;
        var projects = new JArray();
        for (var i = choices.Next(4); i > 0; i--)
        {
            projects.Add(Project(choices));
        }
        data["projectEvaluations"] = projects;
        FillRequired(data, manifest, choices);
        FillIndexed(data, set, choices);
        FillWhatTheSetReads(data, choices);
        return (set, data);
    }

    // The list items a set's templates read by position (kaifu-2019 reads narrative.spending.paragraphs[0] to [4]).
    // Without them nearly every unit of such a set is refused (PE225), and its wording would go unchecked.
    private static readonly Dictionary<string, (string Path, int Index)[]> Indexed = new();

    private static void FillIndexed(JObject data, string set, Choices choices)
    {
        (string Path, int Index)[] reads;
        lock (Indexed)
        {
            if (!Indexed.TryGetValue(set, out reads!))
            {
                var folder = Path.Combine(Tests.Support.RepoPaths.Templates, set);
                reads = Directory.GetFiles(folder, "*.scriban", SearchOption.AllDirectories)
                    .SelectMany(f => IndexedRead().Matches(File.ReadAllText(f)))
                    .Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
                    .Distinct()
                    .ToArray();
                Indexed[set] = reads;
            }
        }
        foreach (var (path, index) in reads)
        {
            JToken parent = data;
            var parts = path.Split('.');
            foreach (var part in parts[..^1])
            {
                parent = parent[part] is JObject o ? o : parent[part] = new JObject();
            }
            if (parent[parts[^1]] is not JArray list)
            {
                parent[parts[^1]] = list = new JArray();
            }
            while (list.Count <= index)
            {
                list.Add(TextPool.Text(choices, 40, sentence: true));
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b((?:narrative|unit|organization|budget)(?:\.[A-Za-z]+)+)\[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex IndexedRead();

    private static JToken Value(Type type, Choices choices, int depth, bool signed)
    {
        var obj = new JObject();
        foreach (var field in ModelShape.Of(type).Values)
        {
            var attribute = field.Field;
            // Optional fields are present or absent; deep levels thin out so units stay a readable size.
            if (!attribute.Required && !choices.Chance(depth == 0 ? 80 : 55))
            {
                continue;
            }
            var fieldSigned = signed || attribute.AllowNegative;
            switch (field.Kind)
            {
                case FieldKind.Object:
                    obj[field.JsonName] = depth < 4 ? Value(field.Property.PropertyType, choices, depth + 1, fieldSigned) : new JObject();
                    break;
                case FieldKind.Array:
                    var array = new JArray();
                    var count = choices.Chance(10) ? 6 + choices.Next(10) : choices.Next(4);
                    for (var i = 0; i < count && depth < 4; i++)
                    {
                        array.Add(field.ItemKind == FieldKind.Object
                            ? Value(field.ItemType!, choices, depth + 1, fieldSigned)
                            : Scalar(field.ItemKind, attribute, choices, fieldSigned));
                    }
                    obj[field.JsonName] = array;
                    break;
                default:
                    obj[field.JsonName] = Scalar(field.Kind, attribute, choices, fieldSigned);
                    break;
            }
        }
        return obj;
    }

    private static JToken Scalar(FieldKind kind, FieldAttribute attribute, Choices choices, bool signed)
    {
        var maximum = double.IsNaN(attribute.Maximum) ? (kind == FieldKind.Integer ? 300 : 99_999.99) : attribute.Maximum;
        var minimum = double.IsNaN(attribute.Minimum) ? 0 : attribute.Minimum;
        switch (kind)
        {
            case FieldKind.Integer:
                var whole = (int)minimum + choices.Next((int)(maximum - minimum) + 1);
                return signed && choices.Chance(40) ? -whole : whole;
            case FieldKind.Number:
                var cents = choices.Chance(10) ? 0 : choices.Next((int)Math.Min((maximum - minimum) * 100, int.MaxValue - 1) + 1);
                var number = (decimal)minimum + cents / 100m;
                return signed && choices.Chance(40) ? -number : number;
        }
        if (attribute.Choices is { } allowed)
        {
            return choices.Pick(allowed);
        }
        return attribute.Format switch
        {
            FieldFormat.Date => "2024-05-28",
            FieldFormat.MonthOrDate => "2024-05",
            _ => TextPool.Text(choices, choices.Chance(10) ? 200 : 12, sentence: choices.Chance(30)),
        };
    }

    // The figures PE207, PE208 and PE221 tie together; the rest may disagree and only warn.
    private static void Budget(JObject data, Choices choices)
    {
        if (data["budget"] is not JObject budget)
        {
            data["budget"] = budget = new JObject();
        }
        var executed = Money(choices, 50_000);
        budget["executed"] = executed;
        budget["fullYearBudget"] = choices.Chance(80) ? Math.Max(executed, 0.01m) + Money(choices, 500) : Math.Max(Rounding.Round2(executed * 0.9m), 0.01m);
    }

    private static JArray Indicators(Choices choices)
    {
        var rows = new JArray();
        if (choices.Chance(5))
        {
            return rows;
        }
        foreach (var (level1, weight) in new[] { ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10) })
        {
            var count = 1 + choices.Next(choices.Chance(10) ? 12 : 4);
            var cents = Split(weight * 100, count, choices);
            for (var i = 0; i < count; i++)
            {
                rows.Add(Indicator(level1, cents[i] / 100m, choices));
            }
        }
        return rows;
    }

    private static JObject Indicator(string level1, decimal weight, Choices choices)
    {
        var row = new JObject
        {
            ["level1"] = level1,
            ["level2"] = TextPool.Text(choices, 6) + "指标",
            ["level3"] = TextPool.Text(choices, 20),
            ["weight"] = weight,
        };
        var model = new Indicator { Weight = weight };
        switch (choices.Next(4))
        {
            case 0:
                model.Target = TextPool.Text(choices, 8);
                model.Actual = TextPool.Text(choices, 8);
                break;
            default:
                var unit = choices.Pick(new[] { "", "%", "次", "平方米", "万元", "人" });
                var target = Money(choices, 20_000);
                var actual = choices.Chance(20) ? -Money(choices, 100) : Money(choices, 25_000);
                var sign = choices.Pick(new[] { "≥", "≤", "≧", "" });
                model.Target = $"{sign}{Format(target, choices)}{unit}";
                model.Actual = $"{Format(actual, choices)}{unit}";
                if (sign.Length == 0 || choices.Chance(20))
                {
                    model.Direction = choices.Pick(new[] { "正向", "反向" });
                    row["direction"] = model.Direction;
                }
                break;
        }
        row["target"] = model.Target;
        row["actual"] = model.Actual;
        // The formula's score where it has one (no PE209 noise), else a score within the weight.
        var formula = IndicatorScore.Of(model).Score;
        row["score"] = formula ?? Rounding.Round2(weight * choices.Next(101) / 100m);
        if (choices.Chance(30))
        {
            row["deviation"] = TextPool.Text(choices, 30, sentence: true);
        }
        return row;
    }

    private static JObject Project(Choices choices)
    {
        var appropriation = Money(choices, 2_000);
        var carried = choices.Chance(50) ? Money(choices, 300) : 0m;
        var executed = Rounding.Round2((appropriation + carried) * (50 + choices.Next(51)) / 100m);
        var project = new JObject
        {
            ["name"] = TextPool.Text(choices, 12) + "经费",
            ["total"] = new JObject { ["initialBudget"] = appropriation + carried, ["fullYearBudget"] = Math.Max(appropriation + carried, 0.01m), ["executed"] = executed },
            ["currentAppropriation"] = new JObject { ["initialBudget"] = appropriation, ["fullYearBudget"] = Math.Max(appropriation + carried, 0.01m) - carried, ["executed"] = executed },
            ["indicators"] = Indicators(choices) is { Count: > 0 } rows ? rows : Indicators(new Choices([1, 1, 1])),
        };
        if (choices.Chance(50))
        {
            project["department"] = TextPool.Text(choices, 10);
            project["implementer"] = TextPool.Text(choices, 10);
        }
        if (choices.Chance(50))
        {
            project["goal"] = new JObject { ["expected"] = TextPool.Text(choices, 40, true), ["achieved"] = TextPool.Text(choices, 40, true) };
        }
        return project;
    }

    private static void FillRequired(JObject data, TemplateManifest manifest, Choices choices)
    {
        foreach (var path in manifest.RequiredFields)
        {
            FillPath(data, path, choices, signed: false);
        }
    }

    // What the set's templates read beyond its required fields (kaifu-2019's organization.changeFromLastYear, which may be
    // negative): validate names each blank it would fail on (PE316), and the blank is filled, so that most units of every
    // set are generated rather than refused and their wording is checked. One unit in five keeps its blanks (the refusal
    // itself is a property too).
    private static void FillWhatTheSetReads(JObject data, Choices choices)
    {
        if (choices.Chance(20))
        {
            return;
        }
        for (var round = 0; round < 6; round++)
        {
            var result = ReportValidator.Validate(data.ToString(), "generated.json");
            var errors = result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
            var paths = errors.Where(d => d.Code == "PE316" && d.JsonPath is { Length: > 0 } p && !p.Contains('['))
                .Select(d => d.JsonPath!).Distinct().ToList();
            if (result.Data is not null || paths.Count == 0 || errors.Any(d => d.Code is not ("PE316" or "PE225")))
            {
                return;
            }
            foreach (var path in paths)
            {
                FillPath(data, path, choices, signed: true);
            }
        }
    }

    private static void FillPath(JObject data, string path, Choices choices, bool signed)
    {
        {
            var token = data.SelectToken(path);
            if (token is not null && token.Type != JTokenType.Null)
            {
                return;
            }
            JObject parent = data;
            var type = typeof(ReportData);
            var parts = path.Split('.');
            foreach (var part in parts[..^1])
            {
                var field = ModelShape.Of(type)[part];
                parent = parent[part] as JObject ?? (JObject)(parent[part] = new JObject());
                type = field.Property.PropertyType;
            }
            var last = ModelShape.Of(type)[parts[^1]];
            parent[parts[^1]] = last.Field.Format == FieldFormat.Date
                ? data["signature"]!["reportDate"]!.DeepClone()
                : Scalar(last.Kind, last.Field, choices, signed && last.Field.AllowNegative);
        }
    }

    private static decimal Money(Choices choices, int most) => choices.Next(most * 100 + 1) / 100m;

    // Numbers as people write them: with or without thousands separators.
    private static string Format(decimal value, Choices choices) =>
        value.ToString(choices.Chance(50) ? "#,0.##" : "0.##", CultureInfo.InvariantCulture);

    // Splits a whole into count non-negative parts.
    private static int[] Split(int whole, int count, Choices choices)
    {
        var parts = new int[count];
        var left = whole;
        for (var i = 0; i < count - 1; i++)
        {
            parts[i] = choices.Next(left / (count - i) * 2 + 1);
            parts[i] = Math.Min(parts[i], left);
            left -= parts[i];
        }
        parts[^1] = left;
        return parts;
    }
}
