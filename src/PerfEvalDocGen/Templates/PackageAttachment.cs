namespace PerfEvalDocGen.Templates;

/// <summary>One attachment the package actually holds, with the label printed on its first page.</summary>
/// <param name="Label">附件N, numbered in the order the package holds them.</param>
/// <param name="Name">The name listed under 附件： at the end of the report.</param>
/// <param name="Form">The form's id; null for the report itself.</param>
public sealed record PackageAttachment(string Label, string Name, string? Form)
{
    /// <summary>Whether this is the narrative report (附件N of a package whose forms come first).</summary>
    public bool IsReport => Form is null;
}
