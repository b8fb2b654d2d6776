using PerfEvalDocGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Parses a set's templates with Scriban and holds what every render of the set shares: its partials and the functions
/// templates may call. One engine per set, so a set's partials never leak into another set.
/// </summary>
internal sealed class TemplateEngine
{
    /// <summary>The extension of section and partial files.</summary>
    public const string Extension = ".scriban";

    private static readonly Lazy<ScriptObject> SharedFunctions = new(CreateFunctions);

    /// <summary>The functions and function libraries templates may call, by name.</summary>
    internal static ScriptObject Functions => SharedFunctions.Value;
    private readonly Dictionary<string, Template> partials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> partialSources = new(StringComparer.Ordinal);

    public TemplateEngine()
    {
        Loader = new SetTemplateLoader(partials);
    }

    /// <summary>How long one render may take (<see cref="TemplateLimits.RenderTime"/>; shorter in tests).</summary>
    public TimeSpan RenderTime { get; init; } = TemplateLimits.RenderTime;

    /// <summary>Whether data written by templates is escaped as narrative markup (not in form cells, which are plain text).</summary>
    public bool EscapeMarkup { get; init; } = true;

    /// <summary>Resolves include names to this set's partials.</summary>
    public SetTemplateLoader Loader { get; }

    /// <summary>Registers a partial (used as <c>include "name"</c>); its syntax errors are located in <paramref name="file"/>.</summary>
    public void RegisterPartial(string name, string source, string file)
    {
        if (!SetTemplateLoader.IsValidName(name))
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE315",
                $"片段文件名“{name}”不可用：片段名只能由英文字母、数字、- 或 _ 组成。", file,
                Suggestion: "把文件改名为如 theme.scriban 的英文名，并在 include 中使用同一名字。"));
        }
        partials[SetTemplateLoader.PathOf(name)] = Parse(source, file)!;
        partialSources[file] = source.Replace("\r\n", "\n");
    }

    /// <summary>A partial's text by the file name diagnostics show, to quote the expression an error points at.</summary>
    public string? SourceOf(string file) => partialSources.GetValueOrDefault(file);

    /// <summary>Parses <paramref name="source"/>; syntax errors become PE301 diagnostics located in <paramref name="file"/>.</summary>
    public CompiledTemplate Compile(string source, string file)
    {
        var text = source.Replace("\r\n", "\n");
        TemplateErrors.ThrowOnStrayClose(text, file);
        TemplateErrors.ThrowOnControlEscape(text, file);
        return text.Contains("{{", StringComparison.Ordinal)
            ? new CompiledTemplate(this, Parse(text, file), text, file)
            : CompiledTemplate.Constant(this, text, file);
    }

    /// <summary>A fresh context for rendering with this set: the function library below the data, limits set.</summary>
    public SafeTemplateContext CreateContext() => new(SharedFunctions.Value) { TemplateLoader = Loader, EscapeMarkup = EscapeMarkup };

    private static Template Parse(string source, string file)
    {
        var template = Template.Parse(source.Replace("\r\n", "\n"), file);
        if (!template.HasErrors)
        {
            return template;
        }
        var errors = template.Messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        // An unclosed string also ends its line unexpectedly: say the string once, not the line end it swallowed.
        if (errors.Any(TemplateErrors.IsUnterminatedString))
        {
            errors = errors.Where(m => TemplateErrors.IsUnterminatedString(m) || !m.Message.StartsWith("Invalid token", StringComparison.Ordinal)).ToList();
        }
        var diagnostics = errors
            .Take(3)
            .Select(m => TemplateErrors.Syntax(m, source, file))
            .ToList();
        throw new PerfEvalException(diagnostics);
    }

    // Only the library's functions and a few harmless Scriban builtins: no date.now, no regex, no object.eval, no html;
    // include is ours and reaches only the set's partials. The three modules are made directly: Scriban's default
    // builtins would build every module (dates, regex, html…) by reflection first, a third of a cold start's template work.
    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.SetValue("array", new Scriban.Functions.ArrayFunctions(), true);
        functions.SetValue("string", new Scriban.Functions.StringFunctions(), true);
        functions.SetValue("math", new Scriban.Functions.MathFunctions(), true);
        functions.SetValue("empty", EmptyScriptObject.Default, true);
        functions.SetValue("blank", EmptyScriptObject.Default, true);
        functions.Import(typeof(TemplateFunctions), ScriptMemberImportFlags.Method,
            m => m.Name != nameof(TemplateFunctions.ChineseNumber), m => StandardMemberRenamer.Rename(m.Name));
        functions.SetValue("include", new IncludeFunction(), true);
        functions.IsReadOnly = true;
        return functions;
    }
}
