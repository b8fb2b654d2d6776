namespace PerfEvalDocGen.Templates;

/// <summary>The signing unit and date at the end of a report (落款), both templates; the unit line is centred above the date.</summary>
public sealed class SignOff
{
    /// <summary>The signing unit, e.g. {{unit.region}}{{unit.name}}.</summary>
    public string Unit { get; set; } = "{{unit.name}}";

    /// <summary>The date, e.g. {{date signature.reportDate}}.</summary>
    public string Date { get; set; } = "{{date signature.reportDate}}";
}
