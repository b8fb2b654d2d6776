using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>Every piece of free text a unit writes, with its JSON path, for rules that read prose.</summary>
internal static class NarrativeText
{
    public static IEnumerable<(string Path, string Text)> All(ReportData data)
    {
        foreach (var field in ModelShape.Of(typeof(Model.Narrative)).Values)
        {
            foreach (var text in Passage($"narrative.{field.JsonName}", (Passage)field.Property.GetValue(data.Narrative)!))
            {
                yield return text;
            }
        }
        foreach (var (name, budget) in new[] { ("governmentFundBudget", data.GovernmentFundBudget), ("stateCapitalBudget", data.StateCapitalBudget), ("socialInsuranceBudget", data.SocialInsuranceBudget) })
        {
            if (budget.Summary is { } summary)
            {
                yield return ($"{name}.summary", summary);
            }
        }
    }

    private static IEnumerable<(string Path, string Text)> Passage(string path, Passage passage)
    {
        if (passage.Intro is { } intro)
        {
            yield return ($"{path}.intro", intro);
        }
        foreach (var text in Lists(path, passage.Paragraphs, passage.Points, passage.Themes))
        {
            yield return text;
        }
        if (passage.Closing is { } closing)
        {
            yield return ($"{path}.closing", closing);
        }
    }

    private static IEnumerable<(string Path, string Text)> Lists(string path, List<string> paragraphs, List<Point> points, List<Theme> themes)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            yield return ($"{path}.paragraphs[{i}]", paragraphs[i]);
        }
        for (var i = 0; i < points.Count; i++)
        {
            yield return ($"{path}.points[{i}]", points[i].Title + points[i].Text);
        }
        for (var i = 0; i < themes.Count; i++)
        {
            foreach (var text in Lists($"{path}.themes[{i}]", themes[i].Paragraphs, themes[i].Points, themes[i].Themes))
            {
                yield return text;
            }
        }
    }
}
