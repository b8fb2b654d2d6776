namespace PerfEvalDocGen.Model;

/// <summary>A category of internal bodies and their names; the count is derived from the list.</summary>
public sealed class OrganizationGroup
{
    /// <summary>The category, e.g. 职能办公室.</summary>
    public string Category { get; set; } = "";

    /// <summary>The bodies in this category.</summary>
    public List<string> Members { get; set; } = [];
}
