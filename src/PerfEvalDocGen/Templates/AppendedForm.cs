namespace PerfEvalDocGen.Templates;

/// <summary>A form printed after the report, under its own label, only when the unit has data for it (e.g. 附件4 政府性基金预算支出情况表).</summary>
public sealed class AppendedForm
{
    /// <summary>The form's id.</summary>
    public string Form { get; set; } = "";

    /// <summary>
    /// Not used: the label is given by the package's attachment plan (the next number after the report, counting only the
    /// tables the unit has). Kept so manifests written for earlier versions still load.
    /// </summary>
    public string Label { get; set; } = "";
}
