using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Validation;

/// <summary>Checks a unit's data file before anything is written: syntax, structure, what the template set needs, and consistency.</summary>
public static class ReportValidator
{
    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    public static ValidationResult ValidateFile(string path, ValidationOptions? options = null, TemplateSet? templates = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = e is FileNotFoundException or DirectoryNotFoundException ? "数据文件不存在。" : $"无法读取数据文件：{e.Message}";
            return new ValidationResult(null, [new Diagnostic(Severity.Error, "PE100", message, path)]);
        }
        return Validate(text, path, options, templates);
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
        new StructureChecker(file, map, diagnostics).CheckObject(root, typeof(ReportData));
        // What the template set needs is reported even beside structural errors, so a starter file shows all that is left to fill.
        var manifest = templates?.Manifest ?? DefaultManifestFor(root, file, map, diagnostics);
        if (manifest is not null)
        {
            CheckRequiredByTemplates(root, manifest, file, map, diagnostics);
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return Finish(null, diagnostics, options);
        }
        ReportData data;
        try
        {
            data = root.ToObject<ReportData>(ReportLoader.CreateSerializer())!;
        }
        catch (JsonException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "PE102", $"数据结构错误：{e.Message}", file, 1, 1));
            return Finish(null, diagnostics, options);
        }
        var context = new RuleContext(data, FigureCalculator.Compute(data), options.Tolerance)
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
        return Finish(data, diagnostics, options) with { Source = root };
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

    private static ValidationResult Finish(ReportData? data, List<Diagnostic> diagnostics, ValidationOptions options)
    {
        var ordered = diagnostics
            .Select(d => options.Strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)
            .OrderBy(d => d.Line == 0 ? int.MaxValue : d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new ValidationResult(ordered.Any(d => d.Severity == Severity.Error) ? null : data, ordered);
    }
}
