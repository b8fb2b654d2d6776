using PerfEvalDocGen.Docx;

namespace PerfEvalDocGen.Forms;

/// <summary>An attachment form: declared once, written under its 附件N label.</summary>
internal interface IAttachmentForm
{
    /// <summary>The id a manifest names the form by.</summary>
    string Id { get; }

    /// <summary>Whether the unit has anything for this form; forms printed after the report are left out when not.</summary>
    bool AppliesTo(FormContext context) => true;

    /// <summary>Writes the form's title, tables and notes.</summary>
    void Write(BodyBuilder body, FormContext context);
}
