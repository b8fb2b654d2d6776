namespace PerfEvalDocGen.Model;

/// <summary>An annual overall goal: what was expected and what was achieved.</summary>
public sealed class AnnualGoal
{
    /// <summary>预期目标.</summary>
    [Field("预期目标", "预期目标。", Required = true)]
    public string Expected { get; set; } = "";

    /// <summary>实际完成情况.</summary>
    [Field("实际完成情况", "实际完成情况。", Required = true)]
    public string Achieved { get; set; } = "";
}
