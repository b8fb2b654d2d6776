using System.Linq.Expressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Features;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Has Handlebars.Net interpret its expression trees instead of emitting IL: a one-off `generate` then starts in a
/// fraction of the time, at some cost per render, which only a long batch would notice. Handlebars.Net's own compiler
/// feature installs its IL compiler as templates compile, so this is a feature too, ordered after it.
/// </summary>
internal sealed class InterpretingExpressionCompiler : IExpressionCompiler, IFeature, IFeatureFactory
{
    /// <summary>How many expression trees this compiler has turned into interpreted delegates.</summary>
    public int Compilations => compilations;

    private int compilations;

    public T Compile<T>(Expression<T> expression)
        where T : class, Delegate
    {
        Interlocked.Increment(ref compilations);
        return expression.Compile(preferInterpretation: true);
    }

    public IFeature CreateFeature() => this;

    public void OnCompiling(ICompiledHandlebarsConfiguration configuration) => configuration.ExpressionCompiler = this;

    public void CompilationCompleted()
    {
    }
}
