using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Forms;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Narrative;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Generation;

/// <summary>Turns one unit's data into its complete .docx package: attachment forms, cover and narrative report.</summary>
public sealed class ReportGenerator
{
    private readonly TemplateSet? templates;

    /// <summary>Creates a generator; without <paramref name="templates"/> each report uses the set its data names, or the default set.</summary>
    public ReportGenerator(TemplateSet? templates = null)
    {
        this.templates = templates;
    }

    /// <summary>
    /// Does ahead of time what the first package from <paramref name="set"/> would otherwise do first (styles, fonts,
    /// footers), so a one-off command can do it alongside checking the data.
    /// </summary>
    public static void Prepare(TemplateSet set) => PackageWriter.Prepare(set.Look);

    /// <summary>Generates the package in memory; throws <see cref="PerfEvalException"/> when data or templates are at fault.</summary>
    public GeneratedPackage Generate(ReportData data)
    {
        var set = templates ?? TemplateSet.Embedded(data.TemplateSet ?? TemplateSet.DefaultName);
        var manifest = set.Manifest;
        var layout = set.Look.Layout;
        var figures = FigureCalculator.Compute(data);
        var model = TemplateModel.Create(data, figures);
        var narrative = NarrativeRenderer.Render(set, model);
        var reportTitle = set.ReportTitle.Render(model).Trim();
        var coverTitle = set.CoverTitle?.Render(model).Trim();
        var fileName = SafeFileName.From(set.FileName.Render(model).Trim()) + ".docx";

        var setup = new PageSetup(layout, PackageWriter.Ids.OddFooter, PackageWriter.Ids.EvenFooter, PackageWriter.Ids.BlankFooter);
        var body = new BodyBuilder(layout);
        var context = new FormContext(data, figures, layout) { SpecialFundsLabel = set.SpecialFundsLabel?.Render(model).Trim() ?? FormLabels.DefaultSpecialFunds };
        var forms = manifest.Forms.Select(FormCatalog.Get).ToList();
        for (var i = 0; i < forms.Count; i++)
        {
            body.AttachmentLabel($"附件{i + 1}");
            forms[i].Write(body, context);
        }
        var reportLabel = forms.Count > 0 ? $"附件{forms.Count + 1}" : null;
        if (forms.Count > 0)
        {
            body.EndSection(SectionKind.Numbered, setup);
        }
        if (coverTitle is { Length: > 0 })
        {
            WriteCover(body, data, coverTitle, reportLabel);
            // A cover inside the package (after the forms) is one of its pages and shows its number: GB/T 9704 numbers
            // attachments bound with the text continuously, so the numbers never jump. A cover that opens the document
            // is its face: no number, not counted.
            body.EndSection(forms.Count > 0 ? SectionKind.Numbered : SectionKind.Cover, setup);
            reportLabel = null;
        }
        if (reportLabel is not null)
        {
            body.AttachmentLabel(reportLabel);
        }
        body.Title(reportTitle, rowsBefore: 0);
        body.Narrative(narrative, keepLastWithNext: set.SignOff is not null);
        if (set.SignOff is { } signOff)
        {
            // GB/T 9704 without a seal: the unit centred above the date, the date four characters in from the right;
            // two rows above, kept on the page of the report's last paragraph.
            var place = layout.SignOff;
            body.Line(signOff.Unit.Render(model).Trim(), "right", rightChars: place.RightChars, rowsBefore: place.RowsBefore, keepNext: true);
            body.Line(signOff.Date.Render(model).Trim(), "right", rightChars: place.RightChars);
        }
        WriteAttachmentList(body, manifest.AttachmentList, layout.SignOff);
        foreach (var appended in manifest.AppendedForms)
        {
            var form = FormCatalog.Get(appended.Form);
            if (form.AppliesTo(context))
            {
                body.AttachmentLabel(appended.Label);
                form.Write(body, context);
            }
        }

        var date = DateText.TryParse(data.Signature.ReportDate, out var y, out var m, out var d)
            ? new DateTime(y, m, d ?? 1, 0, 0, 0, DateTimeKind.Utc)
            : new DateTime(Math.Clamp(data.Unit.Year + 1, 1, 9999), 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var lastSection = forms.Count == 0 && coverTitle is { Length: > 0 } ? SectionKind.AfterCover : SectionKind.Numbered;
        var content = PackageWriter.Write(body, lastSection, setup, set.Look, reportTitle.Replace("\n", ""), data.Unit.Name, date);
        return new GeneratedPackage(fileName, content);
    }

    /// <summary>Generates the package and writes it atomically into <paramref name="outputDirectory"/>; returns the file's path.</summary>
    public string WriteTo(ReportData data, string outputDirectory)
    {
        var package = Generate(data);
        var path = Path.Combine(outputDirectory, package.FileName);
        AtomicFile.Write(path, package.Content);
        return path;
    }

    private static void WriteCover(BodyBuilder body, ReportData data, string title, string? label)
    {
        var date = data.Signature.ReportDate is { } reportDate && DateText.TryParse(reportDate, out _, out _, out _)
            ? DateText.Format(reportDate)
            : "";
        CoverPage.Write(body, label, title, $"部门(单位)名称：{data.Unit.Name}（盖章）", date);
    }

    private static void WriteAttachmentList(BodyBuilder body, IReadOnlyList<string> attachments, Layout.SignOffLayout place)
    {
        if (attachments.Count == 0)
        {
            return;
        }
        // One blank row above, then the list kept together on one page.
        for (var i = 0; i < attachments.Count; i++)
        {
            var item = $"{i + 1}.{attachments[i]}";
            var keep = i < attachments.Count - 1;
            if (i == 0)
            {
                body.Line("附件：" + item, "both", leftChars: place.AttachmentListIndentChars, rowsBefore: place.AttachmentListRowsBefore, keepNext: keep);
            }
            else
            {
                body.Line(item, "both", leftChars: place.AttachmentListItemIndentChars, keepNext: keep);
            }
        }
    }
}
