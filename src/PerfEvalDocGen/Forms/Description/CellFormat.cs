namespace PerfEvalDocGen.Forms.Description;

/// <summary>How a cell prints its figure (the rules of <see cref="CellText"/>).</summary>
internal enum CellFormat
{
    /// <summary>As written: a name, a text.</summary>
    Text,

    /// <summary>万元 with two decimals.</summary>
    Money,

    /// <summary>A percent figure with two decimals and %.</summary>
    Percent,

    /// <summary>A score or weight: whole numbers without decimals, others with two.</summary>
    Score,

    /// <summary>A whole number (人数).</summary>
    Count,
}
