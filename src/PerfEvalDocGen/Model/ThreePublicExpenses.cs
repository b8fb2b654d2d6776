namespace PerfEvalDocGen.Model;

/// <summary>The three public expenses (三公经费) by row; their total is derived, never typed.</summary>
public sealed class ThreePublicExpenses
{
    /// <summary>Purchase of official vehicles (公车购置).</summary>
    public YearFigures VehiclePurchase { get; set; } = new();

    /// <summary>Running and maintenance of official vehicles (公车运行维护).</summary>
    public YearFigures VehicleOperation { get; set; } = new();

    /// <summary>Travel abroad (出国经费).</summary>
    public YearFigures Overseas { get; set; } = new();

    /// <summary>Official reception (公务接待).</summary>
    public YearFigures Reception { get; set; } = new();
}
