using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Tests.Generated;

/// <summary>What every package made from a valid unit must hold; each check returns its failures as text.</summary>
public static partial class PackageCheck
{
    /// <summary>Validates and generates one unit; the diagnostics, the data and the package (null when validation failed).</summary>
    public static (IReadOnlyList<Diagnostic> Diagnostics, ReportData? Data, GeneratedPackage? Package) Run(JObject unit)
    {
        var result = ReportValidator.Validate(unit.ToString(), "generated.json");
        if (result.Data is null)
        {
            return (result.Diagnostics, null, null);
        }
        try
        {
            return (result.Diagnostics, result.Data, new ReportGenerator().Generate(result.Data));
        }
        catch (PerfEvalException e)
        {
            // Validate passed and generate failed: the two disagree.
            return ([.. result.Diagnostics, .. e.Diagnostics], result.Data, null);
        }
    }

    /// <summary>Every property of a valid unit's package; empty when all hold.</summary>
    public static IReadOnlyList<string> Failures(string set, JObject unit)
    {
        var failures = new List<string>();
        var (diagnostics, data, package) = Run(unit);
        if (data is null && diagnostics.Where(d => d.Severity == Severity.Error).All(d => d.Code is "PE225" or "PE316"))
        {
            // Refused because the set cannot be rendered from it (a blank it reads, a list shorter than it indexes): validate
            // says what generate would have failed on.
            return failures;
        }
        if (data is null || package is null)
        {
            failures.Add((data is null ? "a generated unit failed validation: " : "validate passed but generate failed: ")
                + string.Join(" | ", diagnostics.Where(d => d.Severity == Severity.Error)));
            return failures;
        }
        var errors = DocxReader.ValidationErrors(package.Content);
        failures.AddRange(errors.Take(3).Select(e => "OpenXml: " + e));
        var text = string.Join("\n", AllText(package.Content)) + "\n" + package.FileName;
        foreach (var pattern in Forbidden)
        {
            if (pattern.Match(text) is { Success: true } m)
            {
                failures.Add($"forbidden text “{m.Value}” near “{Around(text, m.Index)}”");
            }
        }
        var figures = FigureCalculator.Compute(data);
        failures.AddRange(Scores(data, figures, text));
        failures.AddRange(Printed(unit, diagnostics, text));
        failures.AddRange(Numbers(unit, diagnostics, data, figures, text));
        failures.AddRange(UnitWords(unit, data, text));
        return failures;
    }

    private static readonly Regex[] Forbidden =
    [
        new("NaN"), new("Infinity"), new(@"(?<![\d])-1 ?年"), new(@"(?<![\d])0 ?年度"), new(@"\{\{"), new(@"\}\}"), new("【请填写"),
        new("（(增加|减少|上升|下降|超支|结余)）-"), new("System\\."), new("PerfEvalDocGen"),
        // Empty slots a blank figure or an empty list leaves in a sentence: “其中：。”, “临聘人员人（其中）”, “下设。”,
        // “等0方面内容”, an amount unit with no amount before it (generated texts hold no 万, 元 or 人).
        new("[：，、；]。"), new("（）"), new("（其中）"), new("其中[：，]?[。；）]"), new("(下设|设有|分)。"),
        new(@"(?<![\d.])0个?(大部门|方面)"), new(@"(?<![\d(（])万元?(?=[，。；、）)]|$)"), new(@"(?<![\d])人(?=[，。；（])"), new("[。，、；：]{2}"),
    ];

    // 总分 = 执行率得分 + Σ 得分, 等级 from 总分, and what the form prints is that.
    private static IEnumerable<string> Scores(ReportData data, ReportFigures figures, string text)
    {
        var sum = figures.ExecutionScore + data.Indicators.Sum(i => i.Score);
        var expected = data.Indicators.Count == 0 || data.Indicators.Any(i => i.Score is null) ? null : Rounding.Round2(sum);
        if (figures.TotalScore != expected)
        {
            yield return $"总分 {figures.TotalScore} ≠ execution + scores {expected}";
        }
        if (figures.TotalScore is { } total && figures.Grade != Grades.Of(total))
        {
            yield return $"等级 {figures.Grade} does not follow from 总分 {total}";
        }
        if (figures.Grade is { } grade && data.TemplateSet == "hunan-2023" && !text.Contains($"等级：{grade}", StringComparison.Ordinal))
        {
            yield return $"附件2 does not print 等级：{grade}";
        }
    }

    // Each filled optional text appears in the document, or PE224 names it or a part holding it.
    private static IEnumerable<string> Printed(JObject unit, IReadOnlyList<Diagnostic> diagnostics, string text)
    {
        var warned = diagnostics.Where(d => d.Code == "PE224").Select(d => d.JsonPath!).ToList();
        var folded = Folded(text);
        foreach (var value in unit.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String))
        {
            var s = (value.Value as string ?? "").Trim();
            if (s.Length < 2 || value.Path is "templateSet" || value.Path.StartsWith("signature.", StringComparison.Ordinal)
                || value.Path.EndsWith(".direction", StringComparison.Ordinal) || value.Path.EndsWith(".level1", StringComparison.Ordinal))
            {
                continue;
            }
            // A text's closing mark gives way to the template's own (Punctuation.CollapseAdjacent), so it is compared without it.
            if (text.Contains(s, StringComparison.Ordinal) || folded.Contains(Folded(s), StringComparison.Ordinal)
                || folded.Contains(Folded(Punctuation.CollapseAdjacent(s).TrimEnd('。', '，', '、', '；', '：')), StringComparison.Ordinal))
            {
                continue;
            }
            if (IsRequired(value))
            {
                // A text its item cannot be without (a group's category) is the set's choice to print; PE224 names the item only.
                continue;
            }
            if (warned.Any(w => value.Path == w || value.Path.StartsWith(w + ".", StringComparison.Ordinal) || value.Path.StartsWith(w + "[", StringComparison.Ordinal)))
            {
                continue;
            }
            yield return $"“{Short(s)}” ({value.Path}) is neither printed nor warned about";
        }
    }

    // Every amount printed with two decimals is a datum or a computed figure (or a difference the text names).
    private static IEnumerable<string> Numbers(JObject unit, IReadOnlyList<Diagnostic> diagnostics, ReportData data, ReportFigures figures, string text)
    {
        var known = new HashSet<decimal>();
        if (diagnostics.Any(d => d.Code == "PE226"))
        {
            // 三公经费 all blank: the narrative writes 0.00 and PE226 says so.
            known.Add(0m);
        }
        // Figures written inside texts (an indicator's target "≥5,153.83万元") are data too.
        foreach (var value in unit.Descendants().OfType<JValue>().Where(v => v.Value is string))
        {
            foreach (Match match in Amount().Matches(((string)value.Value!).Replace(",", "")))
            {
                known.Add(decimal.Parse(match.Value, CultureInfo.InvariantCulture));
            }
        }
        Collect(data, known, 0);
        Collect(figures, known, 0);
        foreach (var value in known.ToList())
        {
            known.Add(Math.Abs(value));
            known.Add(Rounding.Round2(Math.Abs(value)));
        }
        foreach (Match match in Amount().Matches(text))
        {
            var number = decimal.Parse(match.Value.Replace(",", ""), CultureInfo.InvariantCulture);
            if (!known.Contains(number))
            {
                yield return $"printed figure {match.Value} near “{Around(text, match.Index)}” is neither a datum nor a computed figure";
            }
        }
    }

    // A unit that is not a street office is not called 街道 by the templates' own words (its data texts may say anything).
    private static IEnumerable<string> UnitWords(JObject unit, ReportData data, string text)
    {
        if (data.Unit.Name.Contains("街道", StringComparison.Ordinal))
        {
            yield break;
        }
        var own = text;
        foreach (var s in unit.Descendants().OfType<JValue>().Select(v => v.Value as string).OfType<string>().Where(s => s.Length > 0).OrderByDescending(s => s.Length))
        {
            own = own.Replace(s, "\u0001", StringComparison.Ordinal);
            // A text whose closing mark gave way to the template's (Punctuation.CollapseAdjacent) is printed without it.
            if (s.TrimEnd('。', '，', '、', '；', '：') is { Length: > 0 } bare && bare.Length < s.Length)
            {
                own = own.Replace(bare, "\u0001", StringComparison.Ordinal);
            }
        }
        if (own.IndexOf("街道", StringComparison.Ordinal) is var at and >= 0)
        {
            yield return $"the templates call “{data.Unit.Name}” 街道 near “{Around(own, at)}”";
        }
    }

    private static void Collect(object? value, HashSet<decimal> output, int depth)
    {
        switch (value)
        {
            case null or string:
                return;
            case decimal d:
                output.Add(d);
                return;
            case int i:
                output.Add(i);
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Collect(item, output, depth + 1);
                }
                return;
        }
        if (depth > 8 || !value.GetType().Namespace!.StartsWith("PerfEvalDocGen", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            Collect(property.GetValue(value), output, depth + 1);
        }
    }

    private static bool IsRequired(JValue value)
    {
        var type = typeof(ReportData);
        FieldShape? field = null;
        foreach (var token in value.AncestorsAndSelf().Reverse().Skip(1))
        {
            if (token is JProperty property)
            {
                if (!ModelShape.Of(type).TryGetValue(property.Name, out field))
                {
                    return false;
                }
                type = field.ItemType ?? field.Property.PropertyType;
            }
        }
        return field?.Field.Required == true;
    }

    /// <summary>All text of the document's parts, paragraph by paragraph.</summary>
    public static IEnumerable<string> AllText(byte[] package)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(package), false);
        foreach (var paragraph in document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
        {
            yield return paragraph.InnerText;
        }
    }

    private static string Folded(string s) => WhiteSpace().Replace(s, "");

    private static string Short(string s) => s.Length > 20 ? s[..20] + "…" : s;

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 20), Math.Min(50, text.Length - Math.Max(0, index - 20))).Replace("\n", " ");

    [GeneratedRegex(@"(?<![\d.,])-?\d{1,3}(?:,\d{3})*\.\d{2}(?![\d])|(?<![\d.,])-?\d+\.\d{2}(?![\d])")]
    private static partial Regex Amount();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
