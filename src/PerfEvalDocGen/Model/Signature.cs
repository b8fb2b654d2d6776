namespace PerfEvalDocGen.Model;

/// <summary>The signature block of the forms and the report's date.</summary>
public sealed class Signature
{
    /// <summary>填表人.</summary>
    public string? Preparer { get; set; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; set; }

    /// <summary>单位负责人; usually left blank for the pen.</summary>
    public string? UnitHead { get; set; }

    /// <summary>填报日期 as year and month, "YYYY-MM", or a full date "YYYY-MM-DD".</summary>
    public string? FilledOn { get; set; }

    /// <summary>The report's date (成文日期), "YYYY-MM-DD".</summary>
    public string? ReportDate { get; set; }
}
