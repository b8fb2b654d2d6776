namespace PerfEvalDocGen.Model;

/// <summary>A category of internal bodies and their names; the count is derived from the list.</summary>
public sealed class OrganizationGroup
{
    /// <summary>The category, e.g. 职能办公室.</summary>
    [Field("类别", "机构类别，如“职能办公室”。", Required = true)]
    public string Category { get; set; } = "";

    /// <summary>The bodies in this category.</summary>
    [Field("机构名单", "该类别下的机构名称。")]
    public List<string> Members { get; set; } = [];
}
