using HandlebarsDotNet;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Templates;

/// <summary>The one place that knows the template language (Handlebars.Net); swapping engines touches only this file and <see cref="CompiledTemplate"/>.</summary>
internal sealed class TemplateEngine
{
    private readonly IHandlebars handlebars;
    private readonly InterpretingExpressionCompiler? interpreter;

    /// <summary>Whether templates are interpreted rather than compiled to IL; set by the host before the first template loads.</summary>
    public static bool InterpretTemplates { get; set; }

    public TemplateEngine()
        : this(InterpretTemplates)
    {
    }

    /// <summary>An engine that interprets its templates (<paramref name="interpret"/>) or compiles them to IL.</summary>
    public TemplateEngine(bool interpret)
    {
        var configuration = new HandlebarsConfiguration
        {
            TextEncoder = new MarkupTextEncoder(),
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = false,
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        };
        if (interpret)
        {
            interpreter = new InterpretingExpressionCompiler();
            configuration.CompileTimeConfiguration.Features.Add(interpreter);
        }
        handlebars = Handlebars.Create(configuration);
        TemplateHelpers.Register(handlebars);
    }

    /// <summary>How many expression trees this engine has handed to the interpreter (none when it compiles to IL).</summary>
    public int InterpretedExpressions => interpreter?.Compilations ?? 0;

    /// <summary>Registers a partial (used as {{&gt; name}}); its syntax errors are located in <paramref name="file"/>.</summary>
    public void RegisterPartial(string name, string source, string file)
    {
        // Compiling first reports syntax errors against the partial's own file.
        Compile(source, file);
        handlebars.RegisterTemplate(name, source.Replace("\r\n", "\n"));
    }

    /// <summary>Compiles <paramref name="source"/>; syntax errors become PE301 diagnostics located in <paramref name="file"/>.</summary>
    public CompiledTemplate Compile(string source, string file)
    {
        if (!source.Contains("{{", StringComparison.Ordinal))
        {
            return CompiledTemplate.Constant(source.Replace("\r\n", "\n"), file);
        }
        try
        {
            return new CompiledTemplate(handlebars.Compile(source.Replace("\r\n", "\n")), source, file);
        }
        catch (HandlebarsException e)
        {
            var (line, column) = TemplateErrorLocation.FromException(e, source);
            throw new PerfEvalException(new Diagnostic(
                Severity.Error, "PE301", $"模板语法错误：{TemplateErrorLocation.CleanMessage(e.Message)}", file, line, column,
                Suggestion: "检查 {{ }} 是否成对、块标签 {{#…}} 是否有对应的 {{/…}}。"));
        }
    }
}
