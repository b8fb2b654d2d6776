using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalDocGen.Docx;

/// <summary>The settings part: separate odd and even footers, compatibility mode, Chinese language.</summary>
internal static class DocumentSettings
{
    public static Settings Build() => new(
        new DefaultTabStop { Val = 420 },
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
}
