namespace PerfEvalDocGen.Docx;

/// <summary>The kinds of section in the package.</summary>
internal enum SectionKind
{
    /// <summary>Pages numbered on from the section before.</summary>
    Numbered,

    /// <summary>A cover that opens the document: its page shows no number and does not count.</summary>
    Cover,

    /// <summary>The section after an opening cover: numbered from 1.</summary>
    AfterCover,
}
