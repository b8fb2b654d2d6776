namespace PerfEvalDocGen.Figures;

/// <summary>The comparison a target is written with: ≥ (at least), ≤ (at most), = or none.</summary>
public enum Comparison
{
    /// <summary>No sign: a plain figure such as 100%.</summary>
    None,

    /// <summary>≥, ≧, 不低于: higher is better (正向).</summary>
    AtLeast,

    /// <summary>≤, ≦, 不超过: lower is better (反向).</summary>
    AtMost,

    /// <summary>An explicit =.</summary>
    Equal,
}
