using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE224: nothing filled in is dropped silently — a filled text the chosen template set never prints is named,
/// with the set. A part (a theme, a list item, a section) none of whose filled texts is printed is named once.
/// </summary>
internal sealed class UnprintedFieldRule : IConsistencyRule
{
    public string Code => "PE224";

    public Severity Severity => Severity.Warning;

    public string Meaning => "已填写的文字，所选模板集不会打印（内容不会出现在报告中）；整个部分都不打印时只报告该部分一次；必填的文字（如内设机构分组的类别）只在其所属部分整个不打印时报告。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Templates is not { } set || context.Printing is not var (filled, printed, required, _))
        {
            yield break;
        }
        var missing = filled.Where(p => !printed.Contains(p)).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Collapse(missing, filled).Where(p => !required.Contains(p)))
        {
            var title = FieldTitles.Of(path) ?? path;
            yield return new Finding(path,
                $"已填写“{title}”（{path}），但模板集“{set.Manifest.Name}”不打印它，这些内容不会出现在报告中。",
                "换用打印该内容的模板集，或删去该项；如确需打印，请在模板中加入它。");
        }
    }

    // The shortest enclosing paths whose filled texts are all unprinted, so one dropped theme is one message.
    private static IEnumerable<string> Collapse(IReadOnlySet<string> missing, IReadOnlyList<string> filled)
    {
        var reported = new List<string>();
        foreach (var path in filled.Where(missing.Contains))
        {
            if (reported.Any(r => Within(path, r)))
            {
                continue;
            }
            var best = path;
            foreach (var parent in Parents(path))
            {
                if (filled.Where(f => Within(f, parent)).All(f => missing.Contains(f)))
                {
                    best = parent;
                }
                else
                {
                    break;
                }
            }
            reported.Add(best);
        }
        return reported;
    }

    private static bool Within(string path, string parent) =>
        path == parent || (path.StartsWith(parent, StringComparison.Ordinal) && path.Length > parent.Length && path[parent.Length] is '.' or '[');

    private static IEnumerable<string> Parents(string path)
    {
        for (var i = path.Length - 1; i > 0; i--)
        {
            if (path[i] is '.' or '[')
            {
                yield return path[..i];
            }
        }
    }
}
