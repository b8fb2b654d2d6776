namespace PerfEvalDocGen.Model;

/// <summary>Organisation and staffing (机构设置及人员情况).</summary>
public sealed class Organization
{
    /// <summary>Authorised posts (编制数).</summary>
    public int? AuthorizedPosts { get; set; }

    /// <summary>Staff in service at year end (实际在职人数).</summary>
    public int? StaffInService { get; set; }

    /// <summary>Retired staff (离退休人数).</summary>
    public int? Retired { get; set; }

    /// <summary>Internal bodies by category, e.g. 职能办公室, 站所, 其他机构.</summary>
    public List<OrganizationGroup> Groups { get; set; } = [];
}
