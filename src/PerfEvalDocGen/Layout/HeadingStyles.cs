namespace PerfEvalDocGen.Layout;

/// <summary>The four heading levels of GB/T 9704: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋.</summary>
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

    /// <summary>The style of a level from 1 to 4; deeper levels use level 4.</summary>
    public HeadingStyle this[int level] => level switch
    {
        1 => Level1,
        2 => Level2,
        3 => Level3,
        _ => Level4,
    };
}
