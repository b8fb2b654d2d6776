using System.Linq.Expressions;
using HandlebarsDotNet;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Compiles Handlebars.Net's expression trees for the interpreter instead of emitting IL: a one-off `generate` then
/// starts in a fraction of the time, at some cost per render, which only a long batch would notice.
/// </summary>
internal sealed class InterpretingExpressionCompiler : IExpressionCompiler
{
    public T Compile<T>(Expression<T> expression)
        where T : class, Delegate => expression.Compile(preferInterpretation: true);
}
