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

    public static string Heading(int level) => "PEHeading" + Math.Clamp(level, 1, 4);

    public static string HeadingChar(int level) => "PEHeading" + Math.Clamp(level, 1, 4) + "Char";
}
