namespace PerfEvalDocGen.Forms.Description;

/// <summary>How a table's column widths are settled.</summary>
internal enum ColumnSharing
{
    /// <summary>Fitted to the table's own labels.</summary>
    Own,

    /// <summary>Fitted together with the form's other shared tables, so their columns line up.</summary>
    Shared,

    /// <summary>Exactly the declared shares.</summary>
    None,
}
