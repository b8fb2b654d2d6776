using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Templates;

/// <summary>A compiled template that renders a model to narrative markup, turning failures into diagnostics.</summary>
internal sealed class CompiledTemplate(HandlebarsTemplate<object, object>? template, string source, string file)
{
    public string File => file;

    /// <summary>A template without any {{…}} is its own text: no need to compile it.</summary>
    public static CompiledTemplate Constant(string text, string file) => new(null, text, file);

    public string Render(object model)
    {
        if (template is null)
        {
            return source;
        }
        try
        {
            return template(model);
        }
        catch (HandlebarsUndefinedBindingException e)
        {
            var (line, column) = TemplateErrorLocation.Find(source, e.Path, e.MissingKey);
            throw new PerfEvalException(new Diagnostic(
                Severity.Error, "PE302", $"模板引用了不存在的变量“{e.Path}”。", file, line, column,
                Suggestion: "核对变量名与数据字段名（区分大小写），可用的名称见 docs/templates.md。"));
        }
        catch (Exception e) when (e is TemplateHelperException or FormatException or HandlebarsRuntimeException)
        {
            var inner = e is HandlebarsRuntimeException { InnerException: { } i } ? i : e;
            throw new PerfEvalException(new Diagnostic(
                Severity.Error, "PE303", $"模板渲染失败：{inner.Message}", file, 0, 0));
        }
    }
}
