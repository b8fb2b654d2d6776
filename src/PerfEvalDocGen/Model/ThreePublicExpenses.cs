namespace PerfEvalDocGen.Model;

/// <summary>The three public expenses (三公经费) by row; their total is derived, never typed.</summary>
public sealed class ThreePublicExpenses
{
    /// <summary>Purchase of official vehicles (公车购置).</summary>
    [Field("公车购置", "公务用车购置费。")]
    public YearFigures VehiclePurchase { get; set; } = new();

    /// <summary>Running and maintenance of official vehicles (公车运行维护).</summary>
    [Field("公车运行维护", "公务用车运行维护费。")]
    public YearFigures VehicleOperation { get; set; } = new();

    /// <summary>Travel abroad (出国经费).</summary>
    [Field("出国经费", "因公出国（境）经费。")]
    public YearFigures Overseas { get; set; } = new();

    /// <summary>Official reception (公务接待).</summary>
    [Field("公务接待", "公务接待费。")]
    public YearFigures Reception { get; set; } = new();
}
