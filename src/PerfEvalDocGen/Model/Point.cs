namespace PerfEvalDocGen.Model;

/// <summary>One point: a short headline and its explanation.</summary>
public sealed class Point
{
    /// <summary>The headline, e.g. 理论学习还需继续提升。</summary>
    [Field("要点", "条目的要点句，如“理论学习还需继续提升。”。", Required = true)]
    public string Title { get; set; } = "";

    /// <summary>The explanation following the headline.</summary>
    [Field("说明", "要点之后的具体说明。")]
    public string? Text { get; set; }
}
