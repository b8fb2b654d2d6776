namespace PerfEvalDocGen.Tables;

/// <summary>The lines a table draws around and between its cells.</summary>
public enum TableBorderStyle
{
    /// <summary>Single 0.5 pt black lines on every edge (the default for forms).</summary>
    Single,

    /// <summary>No lines; cells may still draw their own with <see cref="CellBuilder.Borders"/>.</summary>
    None,
}
