using System.Collections;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// The context every template renders in: data written by a template is escaped so a unit's text never becomes
/// narrative markup, and blank values (null, 0, "", an empty list) count as false in <c>if</c>, as a maintainer expects.
/// </summary>
internal sealed class SafeTemplateContext : TemplateContext
{
    /// <summary>The form ids the set names, for <c>attachment_label</c>; null when not known (any id is taken).</summary>
    public IReadOnlySet<string>? FormIds { get; set; }

    public SafeTemplateContext(ScriptObject builtins)
        : base(builtins, StringComparer.Ordinal)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableNullIndexer = false;
        LoopLimit = TemplateLimits.LoopIterations;
        LoopLimitQueryable = TemplateLimits.LoopIterations;
        RecursiveLimit = TemplateLimits.RecursionDepth;
        ObjectRecursionLimit = TemplateLimits.RecursionDepth;
        // Scriban's default cuts any text over 1 MB and ends it with "..." without an error; the output limit below bounds size instead.
        LimitToString = 0;
        OutputLimit = TemplateLimits.OutputCharacters;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        AutoIndent = false;
        MemberRenamer = ModelNames.Of;
        MemberFilter = ModelNames.IsVisible;
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Scriban describes each .NET type it reads (its members, renamed and filtered) once per context, by reflection, and
    // a context lives for one render. Every context here renames and filters alike, and a type's description is read-only
    // once made, so one description per type serves every render in the process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IObjectAccessor> TypeAccessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (TypeAccessors.TryGetValue(type, out var cached))
        {
            return cached;
        }
        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is Scriban.Runtime.Accessors.TypedObjectAccessor)
        {
            TypeAccessors.TryAdd(type, accessor);
        }
        return accessor;
    }

    /// <summary>
    /// Whether data written is escaped as narrative markup; form cells are plain text, where a unit's * or # is
    /// printed as it is and an escape would show.
    /// </summary>
    public bool EscapeMarkup { get; init; } = true;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (!EscapeMarkup)
        {
            return base.Write(span, textAsObject is MarkupFragment plain ? plain.Text : ObjectToString(textAsObject)!);
        }
        if (textAsObject is MarkupFragment fragment)
        {
            return base.Write(span, fragment.Text);
        }
        var text = ObjectToString(textAsObject);
        if (text is null || text.IndexOfAny(NarrativeMarkup.Special) < 0)
        {
            return base.Write(span, text!);
        }
        var escaped = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (NarrativeMarkup.IsSpecial(c))
            {
                escaped.Append(NarrativeMarkup.Escape);
            }
            escaped.Append(c);
        }
        return base.Write(span, escaped.ToString());
    }

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string s => s.Length > 0,
        ICollection c => c.Count > 0,
        decimal d => d != 0,
        int i => i != 0,
        long l => l != 0,
        _ => base.ToBool(span, value!),
    };
}
