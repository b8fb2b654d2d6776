namespace PerfEvalDocGen.Docx;

/// <summary>The ids of the styles the writer defines; a reference .docx may restyle them.</summary>
internal static class StyleIds
{
    public const string Body = "Normal";
    public const string Title = "PETitle";
    public const string AttachmentLabel = "PEAttachmentLabel";
    public const string FormTitle = "PEFormTitle";
    public const string FormNote = "PEFormNote";
    public const string Plain = "PEPlain";
    public const string Footer = "PEFooter";
    public const string TableText = "PETableText";

    /// <summary>Word's built-in heading style id, Heading1 to Heading4.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 4);

    /// <summary>The character style linked to a heading, for headings run into their paragraph.</summary>
    public static string HeadingChar(int level) => "Heading" + Math.Clamp(level, 1, 4) + "Char";
}
