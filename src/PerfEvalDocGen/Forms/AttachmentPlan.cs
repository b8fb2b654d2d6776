using PerfEvalDocGen.Forms.Description;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms;

/// <summary>
/// The one place attachment labels come from: the forms before the report are 附件1…k, the report itself 附件k+1 (when
/// forms come first), then the forms after the report that the unit has data for, numbered on without gaps. The cover,
/// each form's label, the 附件： list and the templates' <c>attachment_label</c> all read this list, so a label can never
/// name an attachment the package does not hold, nor two attachments share one.
/// </summary>
internal static class AttachmentPlan
{
    /// <summary>The name the report goes by in the plan (it is never listed under 附件：, being the list's own document).</summary>
    public const string ReportName = "自评报告";

    /// <summary>The package's attachments in order; the report is in the list only when forms precede it.</summary>
    public static IReadOnlyList<PackageAttachment> For(TemplateManifest manifest, IReadOnlyDictionary<string, DescribedForm> forms, FormContext context)
    {
        var names = ListNames(manifest);
        var result = new List<PackageAttachment>();
        for (var i = 0; i < manifest.Forms.Count; i++)
        {
            // A form before the report may be conditional too ("when" in its description).
            if (forms[manifest.Forms[i]].AppliesTo(context))
            {
                result.Add(new PackageAttachment(Label(result.Count), names[i], manifest.Forms[i]));
            }
        }
        if (result.Count > 0)
        {
            result.Add(new PackageAttachment(Label(result.Count), ReportName, null));
        }
        for (var i = 0; i < manifest.AppendedForms.Count; i++)
        {
            var id = manifest.AppendedForms[i].Form;
            if (forms[id].AppliesTo(context))
            {
                result.Add(new PackageAttachment(Label(result.Count), names[manifest.Forms.Count + i], id));
            }
        }
        return result;
    }

    /// <summary>
    /// The listed name of each form, forms then appendedForms: the manifest's attachmentList by position, else the form id
    /// (a set without a list prints none, so the id is never shown).
    /// </summary>
    private static string[] ListNames(TemplateManifest manifest)
    {
        var ids = manifest.Forms.Concat(manifest.AppendedForms.Select(a => a.Form)).ToArray();
        return ids.Select((id, i) => i < manifest.AttachmentList.Count ? manifest.AttachmentList[i] : id).ToArray();
    }

    private static string Label(int index) => $"附件{index + 1}";
}
