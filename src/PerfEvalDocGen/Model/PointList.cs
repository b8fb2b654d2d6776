namespace PerfEvalDocGen.Model;

/// <summary>An introduction followed by points the template numbers (一是…，二是…).</summary>
public sealed class PointList
{
    /// <summary>The sentence introducing the points.</summary>
    public string? Intro { get; set; }

    /// <summary>The points in order.</summary>
    public List<Point> Points { get; set; } = [];
}
