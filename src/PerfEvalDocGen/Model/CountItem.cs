namespace PerfEvalDocGen.Model;

/// <summary>A named head count, e.g. 城管协管员 37.</summary>
public sealed class CountItem
{
    /// <summary>The category's name.</summary>
    [Field("名称", "人员类别。", Required = true)]
    public string Name { get; set; } = "";

    /// <summary>How many.</summary>
    [Field("人数", "该类人员的人数，必须填写（空白会使人数合计少算）。", Required = true)]
    public int? Count { get; set; }
}
