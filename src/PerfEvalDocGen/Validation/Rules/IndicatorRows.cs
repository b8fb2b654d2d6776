using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>Every indicator grid of a unit with its JSON path: the overall one and each project's.</summary>
internal static class IndicatorRows
{
    public static IEnumerable<(string Path, IReadOnlyList<Indicator> Rows)> Grids(ReportData data)
    {
        yield return ("indicators", data.Indicators);
        for (var i = 0; i < data.ProjectEvaluations.Count; i++)
        {
            yield return ($"projectEvaluations[{i}].indicators", data.ProjectEvaluations[i].Indicators);
        }
    }

    /// <summary>The grids whose 总分 the chosen template set prints: the overall one with 附件2, each project's with 附件3.</summary>
    public static IEnumerable<(string Path, IReadOnlyList<Indicator> Rows)> Scored(RuleContext context) =>
        Grids(context.Data).Where(g => context.Prints(g.Path == "indicators" ? OverallForm : ProjectForm));

    public const string OverallForm = "overall-self-evaluation";

    public const string ProjectForm = "project-self-evaluation";

    public static IEnumerable<(string Path, Indicator Row)> All(ReportData data) =>
        Grids(data).SelectMany(g => g.Rows.Select((row, i) => ($"{g.Path}[{i}]", row)));
}
