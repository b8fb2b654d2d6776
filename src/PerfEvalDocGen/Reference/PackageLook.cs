using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Reference;

/// <summary>
/// What a set's packages look like: its layout and, when the set has a reference document, the styles, page setup and
/// footers taken from it. One per template set, so the parts built from it are built once.
/// </summary>
internal sealed class PackageLook(LayoutSettings layout, ReferenceStyles? reference = null)
{
    /// <summary>The layout, with the reference's page setup in place of the manifest's when there is a reference.</summary>
    public LayoutSettings Layout { get; } = layout;

    /// <summary>The reference document's parts, or null when the set has none.</summary>
    public ReferenceStyles? Reference { get; } = reference;
}
