namespace PerfEvalDocGen.Templates;

/// <summary>
/// Labels of the attachment forms that depend on the unit's level (a district street office has 区级专项资金, a county
/// bureau 县级专项资金): templates, so a set can word them or take them from the data.
/// </summary>
public sealed class FormLabels
{
    /// <summary>The label the official 附件1 of a district uses.</summary>
    public const string DefaultSpecialFunds = "区级专项资金";

    /// <summary>Row 4 of 附件1's project expenditure, e.g. 区级专项资金 or {{ unit.level }}级专项资金.</summary>
    public string SpecialFunds { get; set; } = DefaultSpecialFunds;
}
