namespace PerfEvalDocGen.Batch;

/// <summary>A figure that differs from the unit's previous data, e.g. 公用经费合计·本年决算数 176.16 → 167.16.</summary>
public sealed record FigureChange(string JsonPath, string Label, string? Before, string? After)
{
    /// <summary>The change as a reviewer reads it.</summary>
    public override string ToString() => $"{Label} {Before ?? "（空）"} → {After ?? "（空）"}";
}
