namespace PerfEvalDocGen.Tables;

/// <summary>Horizontal alignment of a cell's text.</summary>
public enum CellAlignment
{
    /// <summary>Centred (the default for form cells).</summary>
    Center,

    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Flush right.</summary>
    Right,

    /// <summary>Justified on both sides.</summary>
    Justify,
}
