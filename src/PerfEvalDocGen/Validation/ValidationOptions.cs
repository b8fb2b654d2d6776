namespace PerfEvalDocGen.Validation;

/// <summary>How strict the checks are.</summary>
public sealed record ValidationOptions
{
    /// <summary>The largest difference, in 万元 or points, that still counts as equal (rounding); 0.01 by default.</summary>
    public decimal Tolerance { get; init; } = 0.01m;

    /// <summary>Whether warnings count as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Whether to report the typography warnings PE531–PE536 (validate does; generate does not repeat them).</summary>
    public bool Typography { get; init; }

    /// <summary>The defaults.</summary>
    public static ValidationOptions Default { get; } = new();
}
