namespace PerfEvalDocGen.Layout;

/// <summary>Page and type of the package; defaults follow GB/T 9704-2012, and a template set's manifest may override any of them.</summary>
public sealed class LayoutSettings
{
    /// <summary>Paper width in mm (A4: 210).</summary>
    public decimal PaperWidth { get; set; } = 210m;

    /// <summary>Paper height in mm (A4: 297).</summary>
    public decimal PaperHeight { get; set; } = 297m;

    /// <summary>Top margin (天头) in mm.</summary>
    public decimal MarginTop { get; set; } = 37m;

    /// <summary>Bottom margin in mm.</summary>
    public decimal MarginBottom { get; set; } = 35m;

    /// <summary>Left margin (订口) in mm.</summary>
    public decimal MarginLeft { get; set; } = 28m;

    /// <summary>Right margin in mm.</summary>
    public decimal MarginRight { get; set; } = 26m;

    /// <summary>Lines of body text a page.</summary>
    public int LinesPerPage { get; set; } = 22;

    /// <summary>Characters of body text a line.</summary>
    public int CharsPerLine { get; set; } = 28;

    /// <summary>Distance from the bottom of the text block to the page number line, in mm.</summary>
    public decimal PageNumberGap { get; set; } = 7m;

    /// <summary>Distance from the page's top edge to the header, in mm (Word's pgMar header).</summary>
    public decimal HeaderDistance { get; set; } = 15.01m;

    /// <summary>Body text: 3号仿宋.</summary>
    public FontSpec Body { get; set; } = FontSpec.Of("仿宋_GB2312", 16m);

    /// <summary>The report's title: 2号小标宋.</summary>
    public FontSpec Title { get; set; } = FontSpec.Of("方正小标宋简体", 22m);

    /// <summary>The heading levels.</summary>
    public HeadingStyles Headings { get; set; } = new();

    /// <summary>The 附件N label at the top of each attachment: 3号黑体.</summary>
    public FontSpec AttachmentLabel { get; set; } = FontSpec.Of("黑体", 16m);

    /// <summary>An attachment form's title.</summary>
    public FontSpec FormTitle { get; set; } = FontSpec.Of("方正小标宋简体", 18m);

    /// <summary>Text in the forms' cells: 5号仿宋.</summary>
    public FontSpec TableText { get; set; } = FontSpec.Of("仿宋_GB2312", 10.5m);

    /// <summary>The page number: 4号宋体.</summary>
    public FontSpec PageNumber { get; set; } = FontSpec.Of("宋体", 14m, latin: "宋体");

    /// <summary>The page number's text, {page} standing for the number.</summary>
    public string PageNumberFormat { get; set; } = "— {page} —";

    /// <summary>The forms' tables: cell margins, lines, spacing around title and note.</summary>
    public TableSettings Tables { get; set; } = new();

    /// <summary>The cover page's spacing.</summary>
    public CoverLayout Cover { get; set; } = new();

    /// <summary>The signing unit, date and 附件： list after the report.</summary>
    public SignOffLayout SignOff { get; set; } = new();

    /// <summary>The line grid's pitch in twips as a reference document gives it; null derives it from <see cref="LinesPerPage"/>.</summary>
    internal int? ReferenceLinePitch { get; set; }

    /// <summary>The footer's distance from the page's edge in twips as a reference document gives it; null derives it from <see cref="PageNumberGap"/>.</summary>
    internal int? ReferenceFooterDistance { get; set; }

    /// <summary>A copy whose top-level values can be changed without touching this one (fonts and nested settings are shared).</summary>
    internal LayoutSettings Copy() => (LayoutSettings)MemberwiseClone();
}
