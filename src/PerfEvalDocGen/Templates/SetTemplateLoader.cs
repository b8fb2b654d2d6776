using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Resolves <c>include "name"</c> to partials/name.scriban of the same set and nothing else: a name is letters, digits,
/// '-' or '_', never a path, so a template cannot read a file outside its set.
/// </summary>
internal sealed partial class SetTemplateLoader(IReadOnlyDictionary<string, Template> partials) : ITemplateLoader
{
    public const string Folder = "partials/";

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    public static string PathOf(string name) => $"{Folder}{name}{TemplateEngine.Extension}";

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsValidName(templateName))
        {
            throw new TemplateFunctionException(
                $"include 只能引用本模板集 partials 目录中的片段名，不能是路径：“{templateName}”。",
                "写片段的名字（英文字母、数字、- 或 _，不带目录和扩展名），如 include \"theme\"。", "PE315");
        }
        var path = PathOf(templateName);
        return partials.ContainsKey(path)
            ? path
            : throw new TemplateFunctionException($"本模板集没有名为“{templateName}”的片段（{path}）。", $"新建 {path}，或改正片段名。", "PE315");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("Partials are parsed when the set loads; use Partial().");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("Partials are parsed when the set loads; use Partial().");

    /// <summary>The partial parsed when the set loaded.</summary>
    public Template Partial(string path) => partials[path];

    [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex NamePattern();
}
