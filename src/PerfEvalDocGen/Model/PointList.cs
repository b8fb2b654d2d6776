namespace PerfEvalDocGen.Model;

/// <summary>An introduction followed by points the template numbers (一是…，二是…).</summary>
public sealed class PointList
{
    /// <summary>The sentence introducing the points.</summary>
    [Field("引言", "条目前的引言。")]
    public string? Intro { get; set; }

    /// <summary>The points in order.</summary>
    [Field("条目", "各条内容。")]
    public List<Point> Points { get; set; } = [];
}
