namespace PerfEvalDocGen.Templates;

/// <summary>A form printed after the report, under its own label, only when the unit has data for it (e.g. 附件4 政府性基金预算支出情况表).</summary>
public sealed class AppendedForm
{
    /// <summary>The form's id.</summary>
    public string Form { get; set; } = "";

    /// <summary>The label printed above it, e.g. 附件4.</summary>
    public string Label { get; set; } = "";
}
