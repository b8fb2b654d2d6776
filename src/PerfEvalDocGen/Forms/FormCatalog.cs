using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Forms;

/// <summary>The attachment forms a manifest can name, by id.</summary>
internal static class FormCatalog
{
    private static readonly Dictionary<string, IAttachmentForm> Forms = new IAttachmentForm[]
    {
        new BasicDataForm(),
        new OverallSelfEvaluationForm(),
        new ProjectSelfEvaluationForm(),
        new OtherBudgetForm("government-fund-budget", "政府性基金预算支出情况表", d => d.GovernmentFundBudget, f => f.GovernmentFundBudget),
        new OtherBudgetForm("state-capital-budget", "国有资本经营预算支出情况表", d => d.StateCapitalBudget, f => f.StateCapitalBudget),
        new OtherBudgetForm("social-insurance-budget", "社会保险基金预算支出情况表", d => d.SocialInsuranceBudget, f => f.SocialInsuranceBudget),
    }.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Ids => Forms.Keys;

    public static IAttachmentForm Get(string id) =>
        Forms.TryGetValue(id, out var form)
            ? form
            : throw new PerfEvalException(new Diagnostic(Severity.Error, "PE307", $"模板集引用了未知的附表“{id}”。",
                Suggestion: $"可用的附表：{string.Join("、", Forms.Keys.Order(StringComparer.Ordinal))}。"));
}
