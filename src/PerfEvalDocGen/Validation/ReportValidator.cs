using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Validation;

/// <summary>Checks a unit's data file before anything is written: syntax, structure, what the template set needs, and consistency.</summary>
public static class ReportValidator
{
    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    public static ValidationResult ValidateFile(string path, ValidationOptions? options = null, TemplateSet? templates = null) =>
        Validate(DataFile.Read(path), path, options, templates);

    /// <summary>Checks a data file's text as read from its bytes; what reading found (an encoding, an unreadable file) comes first.</summary>
    internal static ValidationResult Validate(DataText read, string file, ValidationOptions? options = null, TemplateSet? templates = null)
    {
        if (read.Text is null)
        {
            return Finish(null, [.. read.Diagnostics], options ?? ValidationOptions.Default);
        }
        var result = Validate(read.Text, file, options, templates);
        return read.Diagnostics.Count == 0 ? result
            : Finish(result.Data, [.. read.Diagnostics, .. result.Diagnostics], options ?? ValidationOptions.Default) with { Source = result.Source };
    }

    /// <summary>Checks data text; <paramref name="file"/> names it in diagnostics.</summary>
    public static ValidationResult Validate(string json, string file, ValidationOptions? options = null, TemplateSet? templates = null)
    {
        options ??= ValidationOptions.Default;
        var diagnostics = new List<Diagnostic>();
        if (JsonSource.Parse(json, file, diagnostics) is not var (root, map))
        {
            return Finish(null, diagnostics, options);
        }
        var readProblems = diagnostics.Count;
        new StructureChecker(file, map, diagnostics).CheckObject(root, typeof(ReportData));
        // Typography of the text as written (warnings); perfeval fix applies the same findings. Only on text that is
        // standard JSON: the string scanner does not read comments, and fix refuses such a file anyway.
        if (options.Typography && !diagnostics.Take(readProblems).Any(d => d.Severity == Severity.Error))
        {
            diagnostics.AddRange(Typography.TypographyDiagnostics.Check(json, file));
        }
        // What the template set needs is reported even beside structural errors, so a starter file shows all that is left to fill.
        var manifest = templates?.Manifest ?? DefaultManifestFor(root, file, map, diagnostics);
        if (manifest is not null)
        {
            CheckRequiredByTemplates(root, manifest, file, map, diagnostics);
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return Finish(null, WithoutEchoes(diagnostics, readProblems), options);
        }
        ReportData data;
        try
        {
            data = root is JObject tree ? ModelReader.Read<ReportData>(tree) : throw new JsonSerializationException("数据文件的最外层应为对象（{…}）。");
        }
        catch (JsonException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "PE102", $"数据结构错误：{e.Message}", file, 1, 1));
            return Finish(null, diagnostics, options);
        }
        var figures = FigureCalculator.Compute(data);
        var context = new RuleContext(data, figures, options.Tolerance)
        {
            Forms = manifest?.Forms,
            Source = root as JObject,
            Templates = templates ?? (manifest is null ? null : TemplateSet.Embedded(manifest.Name)),
        };
        foreach (var rule in RuleCatalog.All)
        {
            foreach (var finding in rule.Check(context))
            {
                var (line, column) = map.Locate(finding.JsonPath);
                diagnostics.Add(new Diagnostic(rule.Severity, rule.Code, finding.Message, file, line, column, finding.JsonPath, finding.Suggestion));
            }
        }
        // Render the set against the data, writing nothing: what generate would fail on is reported here, with its place.
        // Not needed when the printing probe (PE224) rendered the whole package from data with the same blanks and numbers.
        if (!diagnostics.Any(d => d.Severity == Severity.Error) && context.Printing is not { Rendered: true } && TemplatesFor(data, templates) is { } set)
        {
            diagnostics.AddRange(TemplateDryRun.Check(set, data, figures, file, map.Locate, p => FieldTitles.Of(p) ?? p));
        }
        return Finish(data, diagnostics, options) with { Source = root };
    }

    private static TemplateSet? TemplatesFor(ReportData data, TemplateSet? templates)
    {
        if (templates is not null)
        {
            return templates;
        }
        var name = data.TemplateSet ?? TemplateSet.DefaultName;
        return TemplateSet.EmbeddedNames.Contains(name, StringComparer.Ordinal) ? TemplateSet.Embedded(name) : null;
    }

    private static TemplateManifest? DefaultManifestFor(JToken root, string file, SourceMap map, List<Diagnostic> output)
    {
        if (root is not JObject obj)
        {
            return null;
        }
        var name = obj["templateSet"] is JValue { Type: JTokenType.String } v ? (string)v! : TemplateSet.DefaultName;
        if (TemplateSet.EmbeddedNames.Contains(name, StringComparer.Ordinal))
        {
            return TemplateSet.EmbeddedManifest(name);
        }
        var (line, column) = map.Locate("templateSet");
        output.Add(new Diagnostic(Severity.Error, "PE305", $"没有名为“{name}”的内置模板集。", file, line, column, "templateSet",
            $"可用的模板集：{string.Join("、", TemplateSet.EmbeddedNames)}；或用 --templates 指定模板目录。"));
        return null;
    }

    private static void CheckRequiredByTemplates(JToken root, TemplateManifest manifest, string file, SourceMap map, List<Diagnostic> output)
    {
        foreach (var path in manifest.RequiredFields)
        {
            // Only where the enclosing object is there: a misspelt or mistyped section is reported once, by the structure check.
            var cut = path.LastIndexOf('.');
            if ((cut < 0 ? root : root.SelectToken(path[..cut], errorWhenNoMatch: false)) is not JObject)
            {
                continue;
            }
            var token = root.SelectToken(path, errorWhenNoMatch: false);
            if (token is null || token.Type == JTokenType.Null || (token.Type == JTokenType.String && string.IsNullOrWhiteSpace((string?)token)))
            {
                var (line, column) = map.Locate(path);
                var title = FieldTitles.Of(path) ?? path;
                output.Add(new Diagnostic(Severity.Error, "PE120", $"模板集“{manifest.Name}”需要“{title}”（{path}），但未填写。",
                    file, line, column, path, "填写该项；如本单位确无此项，请选用不需要它的模板集。"));
            }
        }
    }

    // A value the reader already reported (055, NaN, 950万) is not reported again by later checks of the same value.
    private static List<Diagnostic> WithoutEchoes(List<Diagnostic> diagnostics, int readProblems)
    {
        if (readProblems == 0)
        {
            return diagnostics;
        }
        var reported = diagnostics.Take(readProblems).Where(d => d.JsonPath is not null).Select(d => d.JsonPath!).ToHashSet(StringComparer.Ordinal);
        return [.. diagnostics.Take(readProblems), .. diagnostics.Skip(readProblems).Where(d => d.JsonPath is null || !reported.Contains(d.JsonPath))];
    }

    private static ValidationResult Finish(ReportData? data, List<Diagnostic> diagnostics, ValidationOptions options)
    {
        var ordered = diagnostics
            .Select(d => options.Strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)
            .OrderBy(d => d.Line == 0 ? int.MaxValue : d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new ValidationResult(ordered.Any(d => d.Severity == Severity.Error) ? null : data, ordered);
    }
}
