using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE212: staff in service do not exceed authorised posts.</summary>
internal sealed class StaffingRule : IConsistencyRule
{
    public string Code => "PE212";

    public Severity Severity => Severity.Warning;

    public string Meaning => "实际在职人数不应超过编制数（在职人员控制率不超过 100%）。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var organization = context.Data.Organization;
        if (organization.StaffInService is { } staff && organization.AuthorizedPosts is { } posts && staff > posts)
        {
            yield return new Finding("organization.staffInService", $"实际在职人数 {staff} 超过编制数 {posts}（控制率 {context.Figures.StaffControlRate}%）。");
        }
    }
}
