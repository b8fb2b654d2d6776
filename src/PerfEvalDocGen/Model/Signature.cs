namespace PerfEvalDocGen.Model;

/// <summary>The signature block of the forms and the report's date.</summary>
public sealed class Signature
{
    /// <summary>填表人.</summary>
    [Field("填表人", "填表人姓名。")]
    public string? Preparer { get; set; }

    /// <summary>联系电话.</summary>
    [Field("联系电话", "联系电话。")]
    public string? Phone { get; set; }

    /// <summary>单位负责人; usually left blank for the pen.</summary>
    [Field("单位负责人", "单位负责人姓名；通常留空由负责人手签。")]
    public string? UnitHead { get; set; }

    /// <summary>填报日期 as year and month, "YYYY-MM", or a full date "YYYY-MM-DD".</summary>
    [Field("填报日期", "填报日期，YYYY-MM 或 YYYY-MM-DD。", Format = FieldFormat.MonthOrDate)]
    public string? FilledOn { get; set; }

    /// <summary>The report's date (成文日期), "YYYY-MM-DD".</summary>
    [Field("报告日期", "报告的成文日期，YYYY-MM-DD。", Format = FieldFormat.Date)]
    public string? ReportDate { get; set; }
}
