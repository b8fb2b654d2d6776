using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// <c>include "name"</c>: renders a partial of the same set in the caller's scope. Its text is already markup, so it is
/// returned as a <see cref="MarkupFragment"/> and not escaped again; recursion counts toward the recursion limit.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1 || arguments[0] is not string name || context.TemplateLoader is not SetTemplateLoader loader)
        {
            throw new TemplateFunctionException("include 需要一个片段名，例如 include \"theme\"。");
        }
        var caller = callerContext ?? throw new InvalidOperationException("include is called from a template.");
        var template = loader.Partial(loader.GetPath(context, caller.Span, name));
        context.EnterRecursive(caller);
        context.PushOutput();
        try
        {
            return new MarkupFragment(template.Render(context) ?? "");
        }
        finally
        {
            context.PopOutput();
            context.ExitRecursive(caller);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
