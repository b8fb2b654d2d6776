using PerfEvalDocGen.DataFormat;
using System.Collections.Concurrent;
using Newtonsoft.Json;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Reference;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Templates;

/// <summary>A compiled template set: manifest, titles and one template per section, checked before anything is written.</summary>
public sealed partial class TemplateSet
{
    /// <summary>The set used when neither the data nor the command names one.</summary>
    public const string DefaultName = "hunan-2023";

    private const string ManifestFile = "manifest.json";
    private static readonly ConcurrentDictionary<string, TemplateSet> EmbeddedCache = new(StringComparer.Ordinal);

    private TemplateSet(TemplateManifest manifest, PackageLook look, string origin, CompiledTemplate reportTitle, CompiledTemplate? coverTitle,
        CompiledTemplate fileName, IReadOnlyDictionary<OutlineNode, CompiledTemplate> titles, IReadOnlyDictionary<string, CompiledTemplate> sections)
    {
        Manifest = manifest;
        Look = look;
        Origin = origin;
        ReportTitle = reportTitle;
        CoverTitle = coverTitle;
        FileName = fileName;
        Titles = titles;
        Sections = sections;
    }

    /// <summary>The set's manifest.</summary>
    public TemplateManifest Manifest { get; }

    /// <summary>A hash of every file of the set: a changed template makes every report from it out of date.</summary>
    public string Fingerprint { get; private init; } = "";

    /// <summary>The packages' layout, styles and footers: the manifest's, or the reference document's where the set has one.</summary>
    internal PackageLook Look { get; }

    /// <summary>Whether the set has a reference document (样式参考.docx) whose styles, page setup and footers it uses.</summary>
    public bool HasReferenceDocument => Look.Reference is not null;

    /// <summary>Where the set was loaded from, for messages.</summary>
    public string Origin { get; }

    internal CompiledTemplate ReportTitle { get; }

    internal CompiledTemplate? CoverTitle { get; }

    internal CompiledTemplate FileName { get; }

    internal CompiledTemplate? SpecialFundsLabel { get; private init; }

    internal (CompiledTemplate Unit, CompiledTemplate Date)? SignOff { get; private init; }

    internal IReadOnlyDictionary<OutlineNode, CompiledTemplate> Titles { get; }

    internal IReadOnlyDictionary<string, CompiledTemplate> Sections { get; }

    /// <summary>
    /// The text of each attachment form the manifest names, by id, read from forms/&lt;id&gt;.json. The forms layer reads
    /// them into descriptions (Forms.SetForms), once per set: a description prints through tables and the document body,
    /// which sit above templates.
    /// </summary>
    internal IReadOnlyDictionary<string, FormFile> FormFiles { get; private init; } = new Dictionary<string, FormFile>();

    /// <summary>The engine form texts are compiled with: the set's partials, plain text rather than narrative markup.</summary>
    internal TemplateEngine FormEngine { get; private init; } = new() { EscapeMarkup = false };

    /// <summary>Ids of forms the set names without a file of its own, printed from the built-in description (an older exported set).</summary>
    internal IReadOnlyList<string> BuiltInForms { get; private init; } = [];

    /// <summary>The names of the template sets built into the tool.</summary>
    public static IReadOnlyList<string> EmbeddedNames => EmbeddedSetNames.Value;

    private static readonly Lazy<IReadOnlyList<string>> EmbeddedSetNames = new(EmbeddedTemplateSource.SetNames);

    /// <summary>A built-in set by name, compiled once per process.</summary>
    public static TemplateSet Embedded(string name)
    {
        if (EmbeddedCache.TryGetValue(name, out var cached))
        {
            return cached;
        }
        if (!EmbeddedNames.Contains(name, StringComparer.Ordinal))
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE305",
                $"没有名为“{name}”的内置模板集。", Suggestion: $"可用的模板集：{string.Join("、", EmbeddedNames)}。"));
        }
        return EmbeddedCache.GetOrAdd(name, n => Load(new EmbeddedTemplateSource(n), $"内置模板集 {n}"));
    }

    /// <summary>A built-in set's file names and contents, for fingerprints, without compiling it.</summary>
    internal static IEnumerable<string> EmbeddedFiles(string name)
    {
        var source = new EmbeddedTemplateSource(name);
        return source.Files().SelectMany(f => new[] { f, source.ReadText(f) ?? "" });
    }

    /// <summary>
    /// Copies a built-in set's files into <paramref name="directory"/>, for a maintainer to edit and use with --templates,
    /// with its reference document (样式参考.docx, made by <paramref name="referenceDocument"/>: the document body that
    /// writes it sits above templates) and, when there is one, its sample unit (样例数据.json). Generation.TemplateExport
    /// is the public way in.
    /// </summary>
    internal static IReadOnlyList<string> ExportEmbedded(string name, string directory, Func<TemplateSet, byte[]> referenceDocument)
    {
        Embedded(name);
        var source = new EmbeddedTemplateSource(name);
        var written = new List<string>();
        foreach (var file in source.Files())
        {
            var path = Path.Combine(directory, file.Replace('/', Path.DirectorySeparatorChar));
            Storage.AtomicFile.Write(path, new System.Text.UTF8Encoding(false).GetBytes(source.ReadText(file)!));
            written.Add(path);
        }
        // The styles, page setup and footers as a Word document, for a maintainer to restyle in Word, WPS or LibreOffice.
        var reference = Path.Combine(directory, ReferenceDocument.FileName);
        Storage.AtomicFile.Write(reference, referenceDocument(Embedded(name)));
        written.Add(reference);
        if (SampleData.For(name) is { } sample)
        {
            var samplePath = Path.Combine(directory, SampleData.FileName);
            Storage.AtomicFile.Write(samplePath, new System.Text.UTF8Encoding(false).GetBytes(sample));
            written.Add(samplePath);
        }
        return written;
    }

    /// <summary>A built-in set's manifest alone, without compiling its templates (what checking data needs).</summary>
    public static TemplateManifest EmbeddedManifest(string name) =>
        EmbeddedCache.TryGetValue(name, out var set) ? set.Manifest : ReadManifest(new EmbeddedTemplateSource(name));

    /// <summary>A set from a folder holding manifest.json and sections/*.scriban.</summary>
    public static TemplateSet FromDirectory(string directory)
    {
        if (!File.Exists(Path.Combine(directory, ManifestFile)))
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE305",
                $"模板目录“{directory}”中没有 {ManifestFile}。", directory,
                Suggestion: "用 perfeval templates export 导出一个内置模板集作为起点。"));
        }
        return Load(new DirectoryTemplateSource(directory), directory);
    }

    internal static TemplateSet Load(ITemplateSource source, string origin)
    {
        var manifest = ReadManifest(source);
        // One engine per set, so a set's partials never leak into another set; forms print plain text, not narrative markup.
        var engine = new TemplateEngine();
        var formEngine = new TemplateEngine { EscapeMarkup = false };
        var diagnostics = new List<Diagnostic>();
        var manifestPath = source.Describe(ManifestFile);
        foreach (var partial in source.Files().Where(f => f.StartsWith("partials/", StringComparison.Ordinal) && f.EndsWith(TemplateEngine.Extension, StringComparison.Ordinal)))
        {
            try
            {
                var text = source.ReadText(partial)!;
                engine.RegisterPartial(partial["partials/".Length..^TemplateEngine.Extension.Length], text, source.Describe(partial));
                formEngine.RegisterPartial(partial["partials/".Length..^TemplateEngine.Extension.Length], text, source.Describe(partial));
            }
            catch (PerfEvalException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }

        CompiledTemplate? Compile(string text, string file)
        {
            try
            {
                return engine.Compile(text, file);
            }
            catch (PerfEvalException e)
            {
                diagnostics.AddRange(e.Diagnostics);
                return null;
            }
        }

        var reportTitle = Compile(manifest.ReportTitle, manifestPath);
        var coverTitle = string.IsNullOrEmpty(manifest.CoverTitle) ? null : Compile(manifest.CoverTitle, manifestPath);
        var fileName = Compile(manifest.FileName, manifestPath);
        var titles = new Dictionary<OutlineNode, CompiledTemplate>(ReferenceEqualityComparer.Instance);
        var sections = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        foreach (var node in Flatten(manifest.Outline))
        {
            if (Compile(node.Title, manifestPath) is { } title)
            {
                titles[node] = title;
            }
            if (node.Template is { } name && !sections.ContainsKey(name))
            {
                var relative = $"sections/{name}{TemplateEngine.Extension}";
                var text = source.ReadText(relative);
                if (text is null)
                {
                    var (line, column) = ManifestPlace(source, t => t.Path.StartsWith("outline", StringComparison.Ordinal) && t.Path.EndsWith(".template", StringComparison.Ordinal) && (string?)t == name);
                    diagnostics.Add(new Diagnostic(Severity.Error, "PE306",
                        $"大纲中的章节“{node.Title}”引用的模板文件不存在：{relative}", manifestPath, line, column,
                        Suggestion: $"新建 {relative}，或修改 manifest.json 中的 template。"));
                }
                else if (Compile(text, source.Describe(relative)) is { } compiled)
                {
                    sections[name] = compiled;
                }
            }
        }
        ReferenceStyles? reference = null;
        try
        {
            if (source.ReadBytes(ReferenceDocument.FileName) is { } referenceBytes)
            {
                reference = ReferenceReader.Read(referenceBytes, source.Describe(ReferenceDocument.FileName), manifest.Layout, manifest.LayoutWritten);
            }
        }
        catch (PerfEvalException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }
        var signOffUnit = manifest.SignOff is { } s ? Compile(s.Unit, manifestPath) : null;
        var signOffDate = manifest.SignOff is { } d ? Compile(d.Date, manifestPath) : null;
        var specialFunds = Compile(manifest.Labels.SpecialFunds, manifestPath);
        var (forms, builtIn) = LoadForms(manifest, source, manifestPath, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new PerfEvalException(diagnostics);
        }
        var look = new PackageLook(reference?.Layout ?? manifest.Layout, reference);
        return new TemplateSet(manifest, look, origin, reportTitle!, coverTitle, fileName!, titles, sections)
        {
            Fingerprint = FingerprintOf(source),
            SpecialFundsLabel = specialFunds,
            FormFiles = forms,
            FormEngine = formEngine,
            BuiltInForms = builtIn,
            SignOff = signOffUnit is not null && signOffDate is not null ? (signOffUnit, signOffDate) : null,
        };
    }

    /// <summary>The folder of a set's form descriptions.</summary>
    internal const string FormsFolder = "forms/";

    /// <summary>
    /// Reads every form the manifest names from forms/&lt;id&gt;.json. A set exported before forms were files of the set
    /// has none: its forms are the built-in ones, so it prints as it always did.
    /// </summary>
    private static (Dictionary<string, FormFile>, List<string>) LoadForms(TemplateManifest manifest, ITemplateSource source, string manifestPath, List<Diagnostic> diagnostics)
    {
        var forms = new Dictionary<string, FormFile>(StringComparer.Ordinal);
        var builtIn = new List<string>();
        var fallback = new EmbeddedTemplateSource(DefaultName);
        foreach (var id in (manifest.Forms ?? []).Concat((manifest.AppendedForms ?? []).Select(a => a?.Form ?? "")).Distinct(StringComparer.Ordinal))
        {
            var relative = $"{FormsFolder}{id}.json";
            string? text = null;
            var shownAs = source.Describe(relative);
            try
            {
                text = FormIdPattern().IsMatch(id) ? source.ReadText(relative) : null;
                if (text is null && FormIdPattern().IsMatch(id) && fallback.ReadText(relative) is { } builtInText)
                {
                    text = builtInText;
                    shownAs = fallback.Describe(relative);
                    builtIn.Add(id);
                }
            }
            catch (PerfEvalException e)
            {
                diagnostics.AddRange(e.Diagnostics);
                continue;
            }
            if (text is null)
            {
                var (line, column) = ManifestPlace(source, t => (t.Path.StartsWith("forms[", StringComparison.Ordinal) || t.Path.StartsWith("appendedForms[", StringComparison.Ordinal)) && (string?)t == id);
                diagnostics.Add(new Diagnostic(Severity.Error, "PE307", $"模板集引用了附表“{id}”，但没有它的描述文件 {relative}。", manifestPath, line, column,
                    Suggestion: $"新建 {relative}（可复制 perfeval templates export {DefaultName} 导出的 forms/ 中的文件改写），或改正 manifest.json 中的附表名。"));
                continue;
            }
            forms[id] = new FormFile(text, shownAs);
        }
        return (forms, builtIn);
    }

    /// <summary>Where in manifest.json the first string value <paramref name="match"/> accepts is, or (0, 0).</summary>
    private static (int Line, int Column) ManifestPlace(ITemplateSource source, Func<Newtonsoft.Json.Linq.JToken, bool> match)
    {
        try
        {
            var root = Newtonsoft.Json.Linq.JToken.Parse(source.ReadText(ManifestFile) ?? "", new Newtonsoft.Json.Linq.JsonLoadSettings { LineInfoHandling = Newtonsoft.Json.Linq.LineInfoHandling.Load });
            var token = root.SelectTokens("$..*").FirstOrDefault(t => t.Type == Newtonsoft.Json.Linq.JTokenType.String && match(t));
            return token is null ? (0, 0) : JsonPlace.Of(token) is var at ? (at.Line, at.Column) : (0, 0);
        }
        catch (JsonException)
        {
            return (0, 0);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{L}\p{N}_\-]+$")]
    private static partial System.Text.RegularExpressions.Regex FormIdPattern();

    // Every file by name and content; the reference document by its bytes, which are not text.
    private static string FingerprintOf(ITemplateSource source) =>
        Hashing.Of(source.Files().SelectMany(f => new[] { f, f == ReferenceDocument.FileName ? Convert.ToBase64String(source.ReadBytes(f) ?? []) : source.ReadText(f) ?? "" }));

    internal static IEnumerable<OutlineNode> Flatten(IEnumerable<OutlineNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    internal static TemplateManifest ReadManifest(ITemplateSource source)
    {
        var path = source.Describe(ManifestFile);
        var text = source.ReadText(ManifestFile)
            ?? throw new PerfEvalException(new Diagnostic(Severity.Error, "PE305", $"模板集缺少 {ManifestFile}。", path));
        ManifestShape.Check(text, path);
        try
        {
            using var reader = new JsonTextReader(new StringReader(text));
            var manifest = DataJson.CreateSerializer().Deserialize<TemplateManifest>(reader)
                ?? throw new PerfEvalException(new Diagnostic(Severity.Error, "PE304", "manifest.json 为空。", path, 1, 1));
            ManifestCheck.Check(manifest, text, path);
            manifest.LayoutWritten = Layout.WrittenLayout.From(text);
            return manifest;
        }
        catch (JsonException e) when (e is JsonReaderException or JsonSerializationException)
        {
            var (line, column) = e switch
            {
                JsonReaderException r => (r.LineNumber, r.LinePosition),
                JsonSerializationException s => (s.LineNumber, s.LinePosition),
                _ => (0, 0),
            };
            // The shape check has said what it can in Chinese; the serializer's own words are English, so only the place is kept.
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE304", "manifest.json 此处的内容无法读取（写法或类型不对）。", path, line, column,
                Suggestion: "参照 perfeval templates export 导出的 manifest.json 和 docs/templates.md 第 3 节改正此处。"));
        }
    }
}
