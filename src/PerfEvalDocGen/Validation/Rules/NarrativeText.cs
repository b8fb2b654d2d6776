using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>Every piece of free text a unit writes, with its JSON path, for rules that read prose.</summary>
internal static class NarrativeText
{
    public static IEnumerable<(string Path, string Text)> All(ReportData data)
    {
        var n = data.Narrative;
        for (var i = 0; i < n.Results.Count; i++)
        {
            for (var j = 0; j < n.Results[i].Paragraphs.Count; j++)
            {
                yield return ($"narrative.results[{i}].paragraphs[{j}]", n.Results[i].Paragraphs[j]);
            }
        }
        foreach (var (name, list) in new[] { ("problems", n.Problems), ("measures", n.Measures) })
        {
            if (list.Intro is { } intro)
            {
                yield return ($"narrative.{name}.intro", intro);
            }
            for (var i = 0; i < list.Points.Count; i++)
            {
                yield return ($"narrative.{name}.points[{i}].text", list.Points[i].Title + list.Points[i].Text);
            }
        }
        for (var i = 0; i < n.Application.Count; i++)
        {
            yield return ($"narrative.application[{i}]", n.Application[i]);
        }
        for (var i = 0; i < n.OtherMatters.Count; i++)
        {
            yield return ($"narrative.otherMatters[{i}]", n.OtherMatters[i]);
        }
        foreach (var (name, budget) in new[] { ("governmentFundBudget", data.GovernmentFundBudget), ("stateCapitalBudget", data.StateCapitalBudget), ("socialInsuranceBudget", data.SocialInsuranceBudget) })
        {
            if (budget.Summary is { } summary)
            {
                yield return ($"{name}.summary", summary);
            }
        }
    }
}
