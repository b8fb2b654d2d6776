using System.Xml.Linq;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>The font each text piece of a PDF page is set in, read with pdftohtml -xml (the embedded subset's name).</summary>
internal static class PdfTextFonts
{
    /// <summary>Text pieces of page <paramref name="page"/> (from 1) with the name of the font they are set in.</summary>
    public static IReadOnlyList<(string Text, string Font)> Read(string pdf, int page)
    {
        var result = ProcessRunner.Run("pdftohtml", ["-xml", "-i", "-q", "-stdout", "-f", page.ToString(), "-l", page.ToString(), pdf]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("pdftohtml failed: " + result.StandardError);
        }
        var document = PdfXml.Parse(result.StandardOutput);
        var fonts = document.Descendants("fontspec").ToDictionary(f => f.Attribute("id")!.Value, f => f.Attribute("family")!.Value);
        return document.Descendants("text").Select(t => (t.Value, fonts[t.Attribute("font")!.Value])).ToList();
    }
}
