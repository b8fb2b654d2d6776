using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Templates;

/// <summary>A template set's manifest.json: its name, titles, outline, attachment forms and layout.</summary>
public sealed class TemplateManifest
{
    /// <summary>The set's name, e.g. hunan-2023.</summary>
    public string Name { get; set; } = "";

    /// <summary>What the set is for, in a sentence.</summary>
    public string? Description { get; set; }

    /// <summary>The report's title (a template); "\n" breaks the line where the maintainer wants.</summary>
    public string ReportTitle { get; set; } = "{{unit.year}}年度{{unit.name}}整体支出绩效自评报告";

    /// <summary>The cover page's title (a template); no cover page when empty.</summary>
    public string? CoverTitle { get; set; }

    /// <summary>The output file's name without extension (a template).</summary>
    public string FileName { get; set; } = "{{unit.name}}{{unit.year}}年度整体支出绩效自评报告";

    /// <summary>The attachment forms placed before the report, in order, by form id.</summary>
    public List<string> Forms { get; set; } = [];

    /// <summary>Forms printed after the report when the unit has data for them, each under its label.</summary>
    public List<AppendedForm> AppendedForms { get; set; } = [];

    /// <summary>The outline of the report's sections.</summary>
    public List<OutlineNode> Outline { get; set; } = [];

    /// <summary>JSON paths of the data this set cannot do without; checked before generation.</summary>
    public List<string> RequiredFields { get; set; } = [];

    /// <summary>The names listed under 附件： at the end of the report.</summary>
    public List<string> AttachmentList { get; set; } = [];

    /// <summary>The signing unit and date printed after the report, when the outline has them.</summary>
    public SignOff? SignOff { get; set; }

    /// <summary>Form labels that depend on the unit's level.</summary>
    public FormLabels Labels { get; set; } = new();

    /// <summary>Overrides of the official layout.</summary>
    public LayoutSettings Layout { get; set; } = new();

    /// <summary>The layout items manifest.json writes out, which take precedence over a reference document.</summary>
    internal WrittenLayout LayoutWritten { get; set; } = WrittenLayout.None;
}
