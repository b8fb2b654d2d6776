namespace PerfEvalDocGen.Layout;

/// <summary>A font choice: the Chinese face, the face for digits and Latin letters, size in points and weight.</summary>
public sealed class FontSpec
{
    /// <summary>The face for Chinese text (w:eastAsia), e.g. 仿宋_GB2312.</summary>
    public string EastAsia { get; set; } = "仿宋_GB2312";

    /// <summary>The face for digits and Latin letters (w:ascii, w:hAnsi).</summary>
    public string Latin { get; set; } = "Times New Roman";

    /// <summary>The size in points: 三号 16, 二号 22, 四号 14, 五号 10.5.</summary>
    public decimal Size { get; set; } = 16m;

    /// <summary>Whether the text is bold.</summary>
    public bool Bold { get; set; }

    /// <summary>A copy with the given values.</summary>
    public static FontSpec Of(string eastAsia, decimal size, bool bold = false, string latin = "Times New Roman") =>
        new() { EastAsia = eastAsia, Latin = latin, Size = size, Bold = bold };
}
