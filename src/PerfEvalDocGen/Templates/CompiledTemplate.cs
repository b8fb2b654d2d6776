using PerfEvalDocGen.Diagnostics;
using Scriban;

namespace PerfEvalDocGen.Templates;

/// <summary>A parsed template that renders a model to narrative markup, turning any failure into a positioned diagnostic.</summary>
internal sealed class CompiledTemplate
{
    private readonly TemplateEngine engine;
    private readonly Template? template;
    private readonly string source;

    public CompiledTemplate(TemplateEngine engine, Template? template, string source, string file)
    {
        this.engine = engine;
        this.template = template;
        this.source = source;
        File = file;
    }

    /// <summary>The file shown in diagnostics.</summary>
    public string File { get; }

    /// <summary>Whether the template is plain text (no {{…}}): it renders to its source without a context or variables.</summary>
    public bool IsConstant => template is null;

    /// <summary>A template without any {{…}} is its own text: no need to parse it.</summary>
    public static CompiledTemplate Constant(TemplateEngine engine, string text, string file) => new(engine, null, text, file);

    /// <summary>Renders against <paramref name="model"/>, with <paramref name="variables"/> (a form's loop items) visible too.</summary>
    public string Render(TemplateModel model, Scriban.Runtime.ScriptObject? variables = null)
    {
        if (template is null)
        {
            return source;
        }
        var context = model.ContextFor(engine);
        using var deadline = new CancellationTokenSource(engine.RenderTime);
        context.CancellationToken = deadline.Token;
        // Each render gets its own scope for the variables a template assigns, so sections cannot leak into one another.
        context.PushGlobal(variables ?? new Scriban.Runtime.ScriptObject());
        context.PushOutput();
        try
        {
            // Render returns the output and empties the builder it wrote to.
            var output = template.Render(context) ?? "";
            // Data text is refused with control characters (PE110) and escapes are caught on compiling; anything else
            // that makes one (a string function) stops here rather than in the package writer.
            if (output.FirstOrDefault(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) is var bad && bad != default)
            {
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE337",
                    $"模板输出了不可见的控制字符（U+{(int)bad:X4}），放进报告会使 Word 无法打开。", File,
                    Suggestion: "检查模板中生成该字符的写法（字符串转义、字符串函数），删去它。"));
            }
            return output;
        }
        catch (Exception e) when (TemplateErrors.Runtime(e, File, f => f == File ? source : engine.SourceOf(f)) is { } diagnostic)
        {
            throw new PerfEvalException(diagnostic);
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
            context.CancellationToken = CancellationToken.None;
        }
    }
}
