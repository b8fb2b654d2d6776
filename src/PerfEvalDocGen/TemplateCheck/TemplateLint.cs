using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Forms.Description;
using PerfEvalDocGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerfEvalDocGen.TemplateCheck;

/// <summary>
/// Reads a template without data and names what no data could make right: a variable or field the model does not have
/// (PE330) and a function the library does not have (PE331), each with the closest right name. Loop variables take the
/// type of their list's items, so <c>point.titel</c> in <c>for point in narrative.problems.points</c> is caught; what a
/// template computes itself is not followed. Included partials are read where they are included, with the loop
/// variables in force there.
/// </summary>
internal sealed class TemplateLint
{
    private static readonly string[] LoopMembers = ["index", "index0", "rindex", "rindex0", "first", "last", "even", "odd", "length", "changed", "col", "col0"];
    private static readonly IReadOnlyDictionary<string, Type> DataRoots = typeof(ReportData).GetProperties()
        .Where(ModelNames.IsVisible)
        .Select(p => (Name: ModelNames.Of(p), p.PropertyType))
        .Where(p => !p.Name.StartsWith('$'))
        .ToDictionary(p => p.Name, p => p.PropertyType, StringComparer.Ordinal);

    private readonly Func<string, (string Source, string File)?> partial;
    private readonly List<Diagnostic> found = [];
    private readonly Stack<string> including = new();

    /// <param name="partial">The text and file of a partial by name, or null when the set has none.</param>
    public TemplateLint(Func<string, (string Source, string File)?> partial)
    {
        this.partial = partial;
    }

    /// <summary>What the lint found so far.</summary>
    public IReadOnlyList<Diagnostic> Found => found;

    /// <summary>
    /// Lints <paramref name="source"/>, reported in <paramref name="file"/> from <paramref name="origin"/> (where the
    /// text starts when it is a JSON string; (1,1) for a file of its own). <paramref name="locals"/> are the names a form
    /// gives it; <paramref name="form"/> adds <c>labels</c>.
    /// </summary>
    public void Lint(string source, string file, (int Line, int Column) origin, IReadOnlyDictionary<string, Type>? locals = null, bool form = false)
    {
        if (!source.Contains("{{", StringComparison.Ordinal))
        {
            return;
        }
        var template = Template.Parse(source.Replace("\r\n", "\n"), file);
        if (template.HasErrors || template.Page is null)
        {
            // Syntax errors are reported when the set is read (PE301).
            return;
        }
        var scope = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var (name, type) in locals ?? new Dictionary<string, Type>())
        {
            scope[name] = Shape.Of(type);
        }
        if (form)
        {
            scope[FormValues.LabelsName] = Shape.Of(typeof(FormLabelValues));
        }
        new Walker(this, file, origin).Node(template.Page, new Scope(scope, null));
    }

    private void Report(string code, string file, (int Line, int Column) origin, SourceSpan span, string message, string suggestion)
    {
        var line = span.Start.Line;
        var column = span.Start.Column;
        var at = line == 0 ? (origin.Line, origin.Column + column) : (origin.Line + line, column + 1);
        var diagnostic = new Diagnostic(Severity.Error, code, message, file, at.Item1, at.Item2, Suggestion: suggestion);
        if (!found.Contains(diagnostic))
        {
            found.Add(diagnostic);
        }
    }

    /// <summary>What an expression is known to be: a model type, a library of functions, a function, the loop object, or unknown.</summary>
    private sealed record Shape(Type? Clr, ScriptObject? Library, bool IsFunction, bool IsLoop)
    {
        public static readonly Shape Unknown = new(null, null, false, false);

        public static Shape Of(Type type) => new(Nullable.GetUnderlyingType(type) ?? type, null, false, false);
    }

    private sealed class Scope(Dictionary<string, Shape> names, Scope? outer)
    {
        public Shape? Find(string name) => names.TryGetValue(name, out var shape) ? shape : outer?.Find(name);

        public void Set(string name, Shape shape) => names[name] = shape;

        public Scope Inner() => new(new Dictionary<string, Shape>(StringComparer.Ordinal), this);

        public IEnumerable<string> Names => names.Keys.Concat(outer?.Names ?? []);
    }

    private sealed class Walker(TemplateLint lint, string file, (int Line, int Column) origin)
    {
        public void Node(ScriptNode? node, Scope scope)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptForStatement loop:
                    var items = Expression(loop.Iterator, scope);
                    var inner = scope.Inner();
                    inner.Set("for", new Shape(null, null, false, true));
                    if (loop.Variable is ScriptVariable variable)
                    {
                        inner.Set(variable.Name, items.Clr is { } list && FormPath.ItemType(list) is { } item ? Shape.Of(item) : Shape.Unknown);
                    }
                    Node(loop.Body, inner);
                    return;
                case ScriptCaptureStatement capture:
                    if (capture.Target is ScriptVariable captured)
                    {
                        scope.Set(captured.Name, Shape.Of(typeof(string)));
                    }
                    Node(capture.Body, scope);
                    return;
                case ScriptFunction function:
                    // A function the template defines: its parameters are its own business.
                    if (function.NameOrDoToken is ScriptVariable name)
                    {
                        scope.Set(name.Name, new Shape(null, null, true, false));
                    }
                    return;
                case ScriptWithStatement:
                    return;
                case ScriptExpression expression:
                    Expression(expression, scope);
                    return;
            }
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                Node(node.GetChildren(i), scope);
            }
        }

        private Shape Expression(ScriptNode? node, Scope scope, bool call = false)
        {
            switch (node)
            {
                case null:
                    return Shape.Unknown;
                case ScriptVariable variable:
                    return Variable(variable, scope, call);
                case ScriptMemberExpression member:
                    return Member(member, scope, call);
                case ScriptIndexerExpression indexer:
                    var target = Expression(indexer.Target, scope);
                    Expression(indexer.Index, scope);
                    return target.Clr is { } list && FormPath.ItemType(list) is { } item ? Shape.Of(item) : Shape.Unknown;
                case ScriptFunctionCall callNode:
                    Expression(callNode.Target, scope, call: true);
                    var shapes = callNode.Arguments.Select(argument => (Node: argument, Shape: Expression(argument, scope))).ToList();
                    if (shapes.FirstOrDefault(a => a.Node is not ScriptNamedArgument) is { Node: not null } first)
                    {
                        Argument(callNode.Target, first.Node, first.Shape, scope);
                    }
                    if (callNode.Target is ScriptVariable { Name: "include" } && callNode.Arguments.Count > 0 && callNode.Arguments[0] is ScriptLiteral { Value: string name })
                    {
                        Include(name, callNode, scope);
                    }
                    return Shape.Unknown;
                case ScriptPipeCall pipe:
                    var piped = Expression(pipe.From, scope);
                    Expression(pipe.To, scope, call: true);
                    if (pipe.From is { } from)
                    {
                        Argument(pipe.To is ScriptFunctionCall { Target: var to } ? to : pipe.To, from, piped, scope);
                    }
                    return Shape.Unknown;
                case ScriptNamedArgument named:
                    Expression(named.Value, scope);
                    return Shape.Unknown;
                case ScriptAssignExpression assign:
                    var value = Expression(assign.Value, scope);
                    if (assign.Target is ScriptVariable assigned)
                    {
                        scope.Set(assigned.Name, value);
                    }
                    else
                    {
                        Expression(assign.Target, scope);
                    }
                    return value;
                case ScriptLiteral:
                    return Shape.Unknown;
            }
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                var child = node.GetChildren(i);
                if (child is ScriptExpression)
                {
                    Expression(child, scope);
                }
                else
                {
                    Node(child, scope);
                }
            }
            return Shape.Unknown;
        }

        /// <summary>
        /// PE332: a function of the library given a value whose kind the model knows and the function cannot print, found
        /// without data (generate would stop on it as PE303 only for a unit that reaches this place).
        /// </summary>
        private void Argument(ScriptNode? target, ScriptNode argument, Shape shape, Scope scope)
        {
            if (target is not ScriptVariable { Name: var function } || scope.Find(function) is not null || shape.Clr is not { } type || type == typeof(object) || type.IsEnum
                || ArgumentKinds.Expected(function) is not { } expected || ArgumentKinds.Fits(function, type))
            {
                return;
            }
            lint.Report("PE332", file, origin, argument.Span,
                $"“{function} {Describe(argument)}”：{function} 需要{expected}，而“{Describe(argument)}”是{ArgumentKinds.Describe(type)}。",
                ArgumentKinds.Suggestion(function, Describe(argument), type));
        }

        private Shape Variable(ScriptVariable variable, Scope scope, bool call)
        {
            var name = variable.Name;
            if (scope.Find(name) is { } local)
            {
                return local;
            }
            if (name == "figures")
            {
                return Shape.Of(typeof(ReportFigures));
            }
            if (DataRoots.TryGetValue(name, out var type))
            {
                return Shape.Of(type);
            }
            if (TemplateEngine.Functions.TryGetValue(name, out var library))
            {
                return library is ScriptObject functions ? new Shape(null, functions, false, false) : new Shape(null, null, true, false);
            }
            if (variable.Scope != ScriptVariableScope.Global)
            {
                return Shape.Unknown;
            }
            if (call)
            {
                lint.Report("PE331", file, origin, variable.Span, $"模板调用了不存在的函数“{name}”。{FormPath.Hint(name, TemplateEngine.Functions.Keys)}",
                    "可用的函数见 docs/templates.md 的“函数库”：money、percent、num、date、join、length、default 等。");
            }
            else
            {
                var candidates = DataRoots.Keys.Append("figures").Concat(scope.Names).Concat(TemplateEngine.Functions.Keys);
                lint.Report("PE330", file, origin, variable.Span, $"模板引用了不存在的变量“{name}”。{FormPath.Hint(name, candidates)}",
                    "数据的名称与数据文件相同（见 perfeval schema），计算结果在 figures 下；循环变量只在其 for 之内可用。");
            }
            return Shape.Unknown;
        }

        private Shape Member(ScriptMemberExpression member, Scope scope, bool call)
        {
            var target = Expression(member.Target, scope);
            var name = member.Member is ScriptVariable m ? m.Name : null;
            if (name is null)
            {
                return Shape.Unknown;
            }
            if (target.IsLoop)
            {
                if (!LoopMembers.Contains(name))
                {
                    lint.Report("PE330", file, origin, member.Member!.Span, $"循环变量 for 没有“{name}”。{FormPath.Hint(name, LoopMembers)}", "可用 for.index（从 0 起）、for.first、for.last 等。");
                }
                return Shape.Unknown;
            }
            if (target.Library is { } library)
            {
                if (!library.ContainsKey(name))
                {
                    lint.Report("PE331", file, origin, member.Member!.Span, $"模板调用了不存在的函数“{Describe(member.Target)}.{name}”。{FormPath.Hint(name, library.Keys)}",
                        "Scriban 的 string、math、array 函数名见其文档；本工具的函数见 docs/templates.md。");
                }
                return new Shape(null, null, true, false);
            }
            if (target.Clr is not { } type)
            {
                return Shape.Unknown;
            }
            if (FormPath.Member(type, name) is { } property)
            {
                return Shape.Of(property.PropertyType);
            }
            var what = FormPath.ItemType(type) is not null ? "是一个列表，要先用 for 循环或 [0] 取出其中一项" : type == typeof(string) || type.IsValueType ? "是文字或数字，没有下一级字段" : $"中没有字段“{name}”";
            lint.Report("PE330", file, origin, member.Member!.Span, $"模板引用了不存在的字段“{Describe(member.Target)}.{name}”：“{Describe(member.Target)}”{what}。{FormPath.Hint(name, FormPath.Members(type).Select(ModelNames.Of))}",
                "字段名与数据文件相同（驼峰写法，区分大小写），见 perfeval schema；计算结果见 docs/templates.md 的 figures 表。");
            return Shape.Unknown;
        }

        private void Include(string name, ScriptNode at, Scope scope)
        {
            if (lint.partial(name) is not { } found)
            {
                lint.Report("PE315", file, origin, at.Span, $"include 的片段“{name}”不存在：模板集中没有 partials/{name}.scriban。", $"新建 partials/{name}.scriban，或改正片段名。");
                return;
            }
            if (lint.including.Contains(name) || lint.including.Count >= TemplateLimits.RecursionDepth)
            {
                return;
            }
            lint.including.Push(name);
            try
            {
                var template = Template.Parse(found.Source.Replace("\r\n", "\n"), found.File);
                if (!template.HasErrors && template.Page is not null)
                {
                    new Walker(lint, found.File, (1, 1)).Node(template.Page, scope.Inner());
                }
            }
            finally
            {
                lint.including.Pop();
            }
        }

        private static string Describe(ScriptNode? node) => node?.ToString() ?? "";
    }
}
