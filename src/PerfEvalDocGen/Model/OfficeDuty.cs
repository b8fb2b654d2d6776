namespace PerfEvalDocGen.Model;

/// <summary>The duties of one office or subordinate body.</summary>
public sealed class OfficeDuty
{
    /// <summary>The office's name, e.g. 党政办公室.</summary>
    [Field("机构名称", "内设机构名称，如“党政办公室”。", Required = true)]
    public string Office { get; set; } = "";

    /// <summary>What the office is responsible for.</summary>
    [Field("职责", "该机构的职责。", Required = true)]
    public string Text { get; set; } = "";
}
