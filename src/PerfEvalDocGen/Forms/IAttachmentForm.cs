using PerfEvalDocGen.Docx;

namespace PerfEvalDocGen.Forms;

/// <summary>An attachment form: declared once, written under its 附件N label.</summary>
internal interface IAttachmentForm
{
    /// <summary>The id a manifest names the form by.</summary>
    string Id { get; }

    /// <summary>Writes the form's title, tables and notes.</summary>
    void Write(BodyBuilder body, FormContext context);
}
