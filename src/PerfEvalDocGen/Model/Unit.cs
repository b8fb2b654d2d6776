namespace PerfEvalDocGen.Model;

/// <summary>The reporting unit and the year evaluated.</summary>
public sealed class Unit
{
    /// <summary>The unit's name as printed on the forms, e.g. 岳阳楼区岳阳楼街道办事处.</summary>
    public string Name { get; set; } = "";

    /// <summary>The short name the narrative uses, e.g. 岳阳楼街道办事处.</summary>
    public string? ShortName { get; set; }

    /// <summary>The region prefixed to the name where the narrative gives it in full, e.g. 岳阳市.</summary>
    public string? Region { get; set; }

    /// <summary>How the unit refers to itself in the narrative, e.g. 我办事处.</summary>
    public string? SelfReference { get; set; }

    /// <summary>The budget year evaluated.</summary>
    public int Year { get; set; }
}
