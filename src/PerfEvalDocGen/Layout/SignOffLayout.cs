namespace PerfEvalDocGen.Layout;

/// <summary>Where the signing unit and date after the report sit, and the 附件： list below them.</summary>
public sealed class SignOffLayout
{
    /// <summary>Rows between the report's last paragraph and the signing unit.</summary>
    public int RowsBefore { get; set; } = 2;

    /// <summary>Characters between the signing unit and date and the right margin.</summary>
    public int RightChars { get; set; } = 4;

    /// <summary>Rows above the 附件： list.</summary>
    public int AttachmentListRowsBefore { get; set; } = 1;

    /// <summary>Indent of the list's first line (附件：1.…), in characters.</summary>
    public int AttachmentListIndentChars { get; set; } = 2;

    /// <summary>Indent of the list's further lines, in characters, so their numbers stand under the first one's.</summary>
    public int AttachmentListItemIndentChars { get; set; } = 5;
}
