namespace PerfEvalDocGen.Validation.Plausibility;

/// <summary>What a numeric field measures, which fixes its scale (one convention per kind) and its plausible size.</summary>
internal enum FigureKind
{
    /// <summary>Not one of the kinds below; no scale or size check.</summary>
    Other,

    /// <summary>Money in 万元.</summary>
    Amount,

    /// <summary>A rate as a percent number, 0–100 (96.5 means 96.5%).</summary>
    Percent,

    /// <summary>A number of people.</summary>
    Count,

    /// <summary>Points of a weight or score, 0–100.</summary>
    Score,

    /// <summary>A year, e.g. 2023.</summary>
    Year,
}
