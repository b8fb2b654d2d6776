namespace PerfEvalDocGen.Layout;

/// <summary>The ids of the styles Docx.StyleSheet writes to styles.xml; a template set's layout settings change their fonts and spacing, never their ids.</summary>
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

    /// <summary>The deepest heading level with a style of its own.</summary>
    public const int HeadingLevels = 5;

    /// <summary>Word's built-in heading style id, Heading1 to Heading5.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, HeadingLevels);

    /// <summary>The character style linked to a heading, for headings run into their paragraph.</summary>
    public static string HeadingChar(int level) => "Heading" + Math.Clamp(level, 1, HeadingLevels) + "Char";
}
