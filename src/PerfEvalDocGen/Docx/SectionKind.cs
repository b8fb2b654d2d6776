namespace PerfEvalDocGen.Docx;

/// <summary>The kinds of section in the package: numbered pages, or a cover whose page shows no number.</summary>
internal enum SectionKind
{
    Numbered,
    Cover,
}
