namespace PerfEvalDocGen.Model;

/// <summary>Organisation and staffing (机构设置及人员情况).</summary>
public sealed class Organization
{
    /// <summary>Authorised posts (编制数).</summary>
    [Field("编制数", "核定编制人数。")]
    public int? AuthorizedPosts { get; set; }

    /// <summary>Staff in service at year end (实际在职人数).</summary>
    [Field("实际在职人数", "年末实际在职人数。")]
    public int? StaffInService { get; set; }

    /// <summary>Retired staff (离退休人数).</summary>
    [Field("离退休人数", "离退休人数。")]
    public int? Retired { get; set; }

    /// <summary>Other staff by kind (临聘人员, 转业士官, …).</summary>
    [Field("其他人员", "在职、离退休以外的人员，按类别；合计由程序计算。")]
    public List<CountItem> OtherStaff { get; set; } = [];

    /// <summary>Change of head count from last year.</summary>
    [Field("人数比上年变动", "人数比上年增加（正数）或减少（负数）。", AllowNegative = true)]
    public int? ChangeFromLastYear { get; set; }

    /// <summary>Why the head count changed.</summary>
    [Field("人数变动原因", "人员变化的主要原因。")]
    public string? ChangeReason { get; set; }

    /// <summary>Internal bodies by category, e.g. 职能办公室, 站所, 其他机构.</summary>
    [Field("内设机构分类", "内设机构按类别列出，如职能办公室、站所；个数由名单自动统计。")]
    public List<OrganizationGroup> Groups { get; set; } = [];
}
