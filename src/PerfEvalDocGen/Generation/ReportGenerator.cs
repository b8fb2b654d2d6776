using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Forms;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Narrative;
using PerfEvalDocGen.Storage;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Wording;
using PerfEvalDocGen.WordMarkup;

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
    /// footers, the template function library, the set's attachment forms), so a one-off command can do it alongside
    /// checking the data. A broken form file throws <see cref="PerfEvalException"/>, as <see cref="ReadForms"/> does.
    /// </summary>
    public static void Prepare(TemplateSet set)
    {
        PackageWriter.Prepare(set.Look);
        _ = TemplateEngine.Functions;
        SetForms.Of(set);
    }

    /// <summary>
    /// Reads the set's attachment form files (once per set); throws <see cref="PerfEvalException"/> naming every problem
    /// in them, so a maintainer's set is refused when it is loaded rather than at its first unit.
    /// </summary>
    public static void ReadForms(TemplateSet set) => SetForms.Of(set);

    /// <summary>Generates the package in memory; throws <see cref="PerfEvalException"/> when data or templates are at fault.</summary>
    public GeneratedPackage Generate(ReportData data)
    {
        var document = Build(data);
        var content = PackageWriter.Write(document.Body, document.LastSection, document.Setup, document.Look, document.Title, data.Unit.Name, document.Date);
        return new GeneratedPackage(document.FileName, content);
    }

    /// <summary>
    /// What a reader of the package sees: its file name and the text of its body with the markup removed (each
    /// paragraph's and cell's characters in order). Renders exactly as <see cref="Generate"/> does, without packaging.
    /// </summary>
    internal string PrintedText(ReportData data)
    {
        var document = Build(data);
        var writer = new WordWriter(256 * 1024);
        document.Body.WriteBody(writer, document.LastSection, document.Setup);
        var xml = writer.Written;
        var text = new byte[xml.Length];
        var length = 0;
        var inTag = false;
        foreach (var b in xml)
        {
            if (b == (byte)'<')
            {
                inTag = true;
            }
            else if (b == (byte)'>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text[length++] = b;
            }
        }
        return document.FileName + System.Text.Encoding.UTF8.GetString(text, 0, length);
    }

    private sealed record BuiltDocument(string FileName, BodyBuilder Body, SectionKind LastSection, PageSetup Setup, Reference.PackageLook Look, string Title, DateTime Date);

    private BuiltDocument Build(ReportData data)
    {
        var set = templates ?? TemplateSet.Embedded(data.TemplateSet ?? TemplateSet.DefaultName);
        var manifest = set.Manifest;
        var layout = set.Look.Layout;
        var figures = FigureCalculator.Compute(data);
        // A broken form file stops the package here, before anything of it is written.
        var setForms = SetForms.Of(set);
        // Every 附件N label, the 附件： list and the templates' attachment_label come from this one plan; which forms a
        // unit has is decided on the data alone, before the model that carries the plan exists.
        var attachments = AttachmentPlan.For(manifest, setForms, new FormContext(data, figures, TemplateModel.Create(data, figures), layout));
        var model = TemplateModel.Create(data, figures, attachments, FormIds(manifest));
        var narrative = NarrativeRenderer.Render(set, model);
        var reportTitle = set.ReportTitle.Render(model).Trim();
        var coverTitle = set.CoverTitle?.Render(model).Trim();
        var fileName = SafeFileName.From(set.FileName.Render(model).Trim()) + ".docx";

        var setup = new PageSetup(layout, PackageWriter.Ids.OddFooter, PackageWriter.Ids.EvenFooter, PackageWriter.Ids.BlankFooter);
        var body = new BodyBuilder(layout);
        var context = new FormContext(data, figures, model, layout)
        {
            Labels = new() { SpecialFunds = set.SpecialFundsLabel?.Render(model).Trim() ?? FormLabels.DefaultSpecialFunds },
        };
        var forms = attachments.TakeWhile(a => !a.IsReport && manifest.Forms.Contains(a.Form!)).ToList();
        foreach (var attachment in forms)
        {
            body.AttachmentLabel(attachment.Label);
            setForms[attachment.Form!].Write(body, context);
        }
        var reportLabel = attachments.FirstOrDefault(a => a.IsReport)?.Label;
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
        var attachmentList = AttachmentListItems(manifest, attachments);
        // What closes the report (sign-off, 附件 list) is kept on the page of its last paragraph: never a page of its own.
        body.Narrative(narrative, keepLastWithNext: set.SignOff is not null || attachmentList.Count > 0);
        if (set.SignOff is { } signOff)
        {
            // GB/T 9704 without a seal: the unit centred above the date, the date four characters in from the right;
            // two rows above, kept on the page of the report's last paragraph.
            var place = layout.SignOff;
            // A unit name too long for its line breaks evenly at a word end, not wherever the margin falls.
            var unit = TitleBreaks.Apply(signOff.Unit.Render(model).Trim(), Math.Max(1, layout.CharsPerLine - place.RightChars));
            body.Line(unit, "right", rightChars: place.RightChars, rowsBefore: place.RowsBefore, keepNext: true);
            body.Line(signOff.Date.Render(model).Trim(), "right", rightChars: place.RightChars, keepNext: attachmentList.Count > 0);
        }
        WriteAttachmentList(body, attachmentList, layout.SignOff);
        foreach (var appended in attachments.Skip(forms.Count).Where(a => !a.IsReport))
        {
            body.AttachmentLabel(appended.Label);
            setForms[appended.Form!].Write(body, context);
        }

        var date = DateText.TryParse(data.Signature.ReportDate, out var y, out var m, out var d)
            ? new DateTime(y, m, d ?? 1, 0, 0, 0, DateTimeKind.Utc)
            : new DateTime(Math.Clamp(data.Unit.Year + 1, 1, 9999), 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var lastSection = forms.Count == 0 && coverTitle is { Length: > 0 } ? SectionKind.AfterCover : SectionKind.Numbered;
        return new BuiltDocument(fileName, body, lastSection, setup, set.Look, reportTitle.Replace("\n", ""), date);
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

    // The list names what the package holds besides the report, each under the number printed on its first page; a set
    // without forms keeps its list as written (attachments sent separately, numbered 1…n).
    private static IReadOnlyList<string> AttachmentListItems(TemplateManifest manifest, IReadOnlyList<PackageAttachment> attachments)
    {
        if (manifest.AttachmentList.Count == 0)
        {
            return [];
        }
        if (manifest.Forms.Count + manifest.AppendedForms.Count == 0)
        {
            return manifest.AttachmentList.Select((name, i) => $"{i + 1}.{name}").ToList();
        }
        return attachments.Where(a => !a.IsReport).Select(a => $"{a.Label["附件".Length..]}.{a.Name}").ToList();
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
            var item = attachments[i];
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

    private static HashSet<string> FormIds(Templates.TemplateManifest manifest) =>
        [.. manifest.Forms, .. manifest.AppendedForms.Select(a => a.Form)];
}
