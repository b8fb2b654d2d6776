namespace PerfEvalDocGen.Validation;

/// <summary>How strict the checks are.</summary>
public sealed record ValidationOptions
{
    /// <summary>The largest tolerance a user may set: more would let real slips (a figure typed wrong by 1 万元) pass as rounding.</summary>
    public const decimal MaxTolerance = 1m;

    /// <summary>
    /// The largest difference, in 万元 or points, that still counts as equal (rounding); 0.01 by default, between 0 and
    /// <see cref="MaxTolerance"/>.
    /// </summary>
    public decimal Tolerance
    {
        get;
        init => field = value is >= 0 and <= MaxTolerance ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Tolerance must be between 0 and {MaxTolerance}.");
    } = 0.01m;

    /// <summary>Whether warnings count as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Whether to report the typography warnings PE531–PE536 (validate does; generate does not repeat them).</summary>
    public bool Typography { get; init; }

    /// <summary>The defaults.</summary>
    public static ValidationOptions Default { get; } = new();
}
