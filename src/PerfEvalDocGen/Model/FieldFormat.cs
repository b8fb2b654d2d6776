namespace PerfEvalDocGen.Model;

/// <summary>Formats a text field must follow.</summary>
public enum FieldFormat
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A date, YYYY-MM-DD.</summary>
    Date,

    /// <summary>A month or a date: YYYY-MM or YYYY-MM-DD.</summary>
    MonthOrDate,
}
