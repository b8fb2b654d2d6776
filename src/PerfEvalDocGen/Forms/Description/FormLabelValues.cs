namespace PerfEvalDocGen.Forms.Description;

/// <summary>What a form sees under <c>labels</c>: the manifest's labels, rendered for the unit.</summary>
public sealed class FormLabelValues
{
    /// <summary>e.g. 区级专项资金 (manifest.json labels.specialFunds).</summary>
    public string SpecialFunds { get; init; } = "";
}
