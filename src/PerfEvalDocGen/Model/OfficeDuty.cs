namespace PerfEvalDocGen.Model;

/// <summary>The duties of one office or subordinate body.</summary>
public sealed class OfficeDuty
{
    /// <summary>The office's name, e.g. 党政办公室.</summary>
    public string Office { get; set; } = "";

    /// <summary>What the office is responsible for.</summary>
    public string Text { get; set; } = "";
}
