namespace PerfEvalDocGen.Layout;

/// <summary>The four heading levels of GB/T 9704: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋; below them ①.</summary>
public sealed class HeadingStyles
{
    /// <summary>Level 1, 一、.</summary>
    public HeadingStyle Level1 { get; set; } = new() { Font = FontSpec.Of("黑体", 16m), Number = "{cn}、" };

    /// <summary>Level 2, （一）.</summary>
    public HeadingStyle Level2 { get; set; } = new() { Font = FontSpec.Of("楷体_GB2312", 16m), Number = "（{cn}）" };

    /// <summary>Level 3, 1. (bold is common practice).</summary>
    public HeadingStyle Level3 { get; set; } = new() { Font = FontSpec.Of("仿宋_GB2312", 16m, bold: true), Number = "{n}." };

    /// <summary>Level 4, （1）.</summary>
    public HeadingStyle Level4 { get; set; } = new() { Font = FontSpec.Of("仿宋_GB2312", 16m), Number = "（{n}）" };

    /// <summary>Level 5 and deeper, ①: a marker of its own, so it never repeats level 4's （1）.</summary>
    public HeadingStyle Level5 { get; set; } = new() { Font = FontSpec.Of("仿宋_GB2312", 16m), Number = "{circled}" };

    /// <summary>The style of a level from 1 to 5; deeper levels use level 5.</summary>
    public HeadingStyle this[int level] => level switch
    {
        1 => Level1,
        2 => Level2,
        3 => Level3,
        4 => Level4,
        _ => Level5,
    };
}
