using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Docx;

/// <summary>Makes runs and run properties with explicit fonts (never theme fonts, always w:eastAsia).</summary>
internal static class WordText
{
    public static RunFonts Fonts(FontSpec font) =>
        new() { Ascii = font.Latin, HighAnsi = font.Latin, EastAsia = font.EastAsia, ComplexScript = font.Latin };

    public static RunProperties RunProperties(FontSpec font, bool? bold = null)
    {
        var properties = new RunProperties(Fonts(font));
        if (bold ?? font.Bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }
        properties.Append(
            new FontSize { Val = Twips.HalfPoints(font.Size) },
            new FontSizeComplexScript { Val = Twips.HalfPoints(font.Size) },
            new Languages { Val = "en-US", EastAsia = "zh-CN" });
        return properties;
    }

    /// <summary>Runs of <paramref name="text"/>, a line break for each '\n'; each run gets a clone of <paramref name="properties"/>.</summary>
    public static IEnumerable<Run> Runs(string text, RunProperties? properties)
    {
        var lines = text.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (properties is not null)
            {
                run.Append(properties.CloneNode(true));
            }
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }
}
