namespace PerfEvalDocGen.Model;

/// <summary>One point: a short headline and its explanation.</summary>
public sealed class Point
{
    /// <summary>The headline, e.g. 理论学习还需继续提升。</summary>
    public string Title { get; set; } = "";

    /// <summary>The explanation following the headline.</summary>
    public string? Text { get; set; }
}
