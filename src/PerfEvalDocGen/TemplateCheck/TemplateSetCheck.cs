using PerfEvalDocGen.Templates;
using PerfEvalDocGen.DataFormat;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Forms.Description;

namespace PerfEvalDocGen.TemplateCheck;

/// <summary>
/// <c>perfeval templates check DIR</c>: everything that can be known about a template set without a unit's data. The set
/// is read as generate reads it (manifest, template syntax, form descriptions, files referenced but absent), then every
/// template — manifest titles, sections, the partials they include and the texts of the forms — is linted for names the
/// model and the function library do not have, and files the set holds but never uses are named.
/// </summary>
public static class TemplateSetCheck
{
    private const string ManifestFile = "manifest.json";

    /// <summary>Every problem of the set in <paramref name="directory"/>, in file order; none when it is clean.</summary>
    public static IReadOnlyList<Diagnostic> Check(string directory)
    {
        if (!Directory.Exists(directory) || !File.Exists(Path.Combine(directory, ManifestFile)))
        {
            return [new Diagnostic(Severity.Error, "PE305", $"“{directory}”不是模板集目录：其中没有 {ManifestFile}。", directory,
                Suggestion: "用 perfeval templates export 导出一个内置模板集作为起点。")];
        }
        var source = new DirectoryTemplateSource(directory);
        var found = new List<Diagnostic>();
        TemplateSet? set = null;
        try
        {
            set = TemplateSet.Load(source, directory);
        }
        catch (PerfEvalException e)
        {
            found.AddRange(e.Diagnostics);
        }
        TemplateManifest? manifest = set?.Manifest;
        if (manifest is null)
        {
            try
            {
                manifest = TemplateSet.ReadManifest(source);
            }
            catch (PerfEvalException)
            {
                // Reported by the load above.
            }
        }
        List<string> files;
        try
        {
            files = source.Files().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found.Add(new Diagnostic(Severity.Error, "PE305", $"无法列出模板目录中的文件：{e.GetType().Name}。", directory));
            return found;
        }
        if (set is not null)
        {
            Orientation(set, source, found);
        }
        if (manifest is not null)
        {
            Lint(source, manifest, files, found);
            Unused(source, manifest, files, set, found);
        }
        return found.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// PE377: a page wider than high. The official reports are A4 portrait; a reference document turned to landscape in
    /// Word (often by mistake, for one wide table) would print every page of every report sideways.
    /// </summary>
    private static void Orientation(TemplateSet set, DirectoryTemplateSource source, List<Diagnostic> found)
    {
        var page = set.Look.Layout;
        if (page.PaperWidth <= page.PaperHeight)
        {
            return;
        }
        var where = set.HasReferenceDocument ? Reference.ReferenceDocument.FileName : ManifestFile;
        found.Add(new Diagnostic(Severity.Warning, "PE377",
            $"{where} 的页面是横向（宽 {page.PaperWidth:0.#} 毫米 × 高 {page.PaperHeight:0.#} 毫米），报告和附表的每一页都会横排。", source.Describe(where),
            Suggestion: set.HasReferenceDocument
                ? "自评报告按 A4 纵向排版：在 Word 的“布局→纸张方向”中改回“纵向”后保存；确需横排时可忽略此警告。"
                : "自评报告按 A4 纵向排版：layout 中 paperWidth 应小于 paperHeight；确需横排时可忽略此警告。"));
    }

    private static void Lint(DirectoryTemplateSource source, TemplateManifest manifest, List<string> files, List<Diagnostic> found)
    {
        var lint = new TemplateLint(name =>
        {
            var relative = $"partials/{name}{TemplateEngine.Extension}";
            return SetTemplateLoader.IsValidName(name) && files.Contains(relative) && Read(source, relative) is { } text ? (text, source.Describe(relative)) : null;
        });
        var manifestPath = source.Describe(ManifestFile);
        if (Read(source, ManifestFile) is { } manifestText && Parse(manifestText) is { } root)
        {
            foreach (var token in ManifestTemplates(root))
            {
                var at = JsonPlace.Of(token);
                lint.Lint((string)token!, manifestPath, (at.Line, at.Column + 1));
            }
        }
        foreach (var name in TemplateSet.Flatten(manifest.Outline ?? []).Select(n => n?.Template).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var relative = $"sections/{name}{TemplateEngine.Extension}";
            if (files.Contains(relative) && Read(source, relative) is { } text)
            {
                lint.Lint(text, source.Describe(relative), (1, 1));
            }
        }
        var engine = new TemplateEngine { EscapeMarkup = false };
        var width = Docx.PageGeometry.TextWidth(manifest.Layout ?? new());
        foreach (var file in files.Where(f => f.StartsWith(TemplateSet.FormsFolder, StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal)))
        {
            if (Read(source, file) is not { } text)
            {
                continue;
            }
            // Forms the manifest names were reported by the load already; the others are reported here.
            FormReader.TryRead(Path.GetFileNameWithoutExtension(file), text, source.Describe(file), engine, width, out var problems, out var uses);
            found.AddRange(problems);
            foreach (var use in uses)
            {
                lint.Lint(use.Source, source.Describe(file), (use.At.Line, use.At.Column + 1), use.Scope.Locals, form: true);
            }
        }
        found.AddRange(lint.Found);
    }

    private static void Unused(DirectoryTemplateSource source, TemplateManifest manifest, List<string> files, TemplateSet? set, List<Diagnostic> found)
    {
        var manifestPath = source.Describe(ManifestFile);
        var named = (manifest.Forms ?? []).Concat((manifest.AppendedForms ?? []).Select(a => a?.Form ?? "")).ToHashSet(StringComparer.Ordinal);
        foreach (var id in set?.BuiltInForms ?? [])
        {
            found.Add(new Diagnostic(Severity.Warning, "PE333", $"模板集引用了附表“{id}”，但没有 forms/{id}.json：使用程序内置的描述，修改它要先把文件放进模板集。", manifestPath,
                Suggestion: $"从 perfeval templates export {TemplateSet.DefaultName} 导出的 forms/{id}.json 复制到本模板集的 forms/ 中。"));
        }
        foreach (var file in files.Where(f => f.StartsWith(TemplateSet.FormsFolder, StringComparison.Ordinal)))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (!file.EndsWith(".json", StringComparison.Ordinal) || !named.Contains(id))
            {
                found.Add(new Diagnostic(Severity.Warning, "PE334", file.EndsWith(".json", StringComparison.Ordinal)
                        ? $"附表描述 {file} 未被 manifest.json 的 forms 或 appendedForms 引用，不会印出。"
                        : $"{file} 不是附表描述（forms/ 中只放 .json 文件），不会被使用。",
                    source.Describe(file), Suggestion: $"在 manifest.json 的 forms 中加入 \"{id}\"，或删除该文件。"));
            }
        }
        var sections = TemplateSet.Flatten(manifest.Outline ?? []).Select(n => n?.Template).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.StartsWith("sections/", StringComparison.Ordinal)))
        {
            var name = file["sections/".Length..];
            if (!name.EndsWith(TemplateEngine.Extension, StringComparison.Ordinal) || !sections.Contains(name[..^TemplateEngine.Extension.Length]))
            {
                found.Add(new Diagnostic(Severity.Warning, "PE335", $"章节模板 {file} 未被 manifest.json 的大纲（outline）引用，不会印出。", source.Describe(file),
                    Suggestion: "在 outline 中加入引用它的一节（\"template\": 文件名不含 .scriban），或删除该文件。"));
            }
        }
    }

    // The manifest's own templates: titles, file name, outline titles, sign-off and labels.
    private static IEnumerable<JToken> ManifestTemplates(JToken root)
    {
        foreach (var path in new[] { "reportTitle", "coverTitle", "fileName", "signOff.unit", "signOff.date", "labels.specialFunds" })
        {
            if (root.SelectToken(path, errorWhenNoMatch: false) is { Type: JTokenType.String } token)
            {
                yield return token;
            }
        }
        foreach (var title in root.SelectTokens("$..title", errorWhenNoMatch: false).Where(t => t.Type == JTokenType.String && t.Path.StartsWith("outline", StringComparison.Ordinal)))
        {
            yield return title;
        }
    }

    private static JToken? Parse(string text)
    {
        try
        {
            return JToken.Parse(text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Read(DirectoryTemplateSource source, string relative)
    {
        try
        {
            return source.ReadText(relative);
        }
        catch (PerfEvalException)
        {
            // Refused files (outside the folder, not regular, too large) are reported by the load.
            return null;
        }
    }
}
