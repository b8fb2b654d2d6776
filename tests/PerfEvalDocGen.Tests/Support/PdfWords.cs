using System.Globalization;
using System.Xml.Linq;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>One word of a PDF page with its box in points from the top-left corner, read with pdftotext -bbox.</summary>
internal sealed record PdfWord(int Page, double Left, double Top, double Right, double Bottom, string Text)
{
    /// <summary>Every word of the PDF, page numbers from 1.</summary>
    public static IReadOnlyList<PdfWord> Read(string pdf)
    {
        var result = ProcessRunner.Run("pdftotext", ["-bbox", pdf, "-"]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("pdftotext -bbox failed: " + result.StandardError);
        }
        var document = PdfXml.Parse(result.StandardOutput);
        XNamespace html = "http://www.w3.org/1999/xhtml";
        return document.Descendants(html + "page")
            .SelectMany((page, index) => page.Elements(html + "word").Select(word => new PdfWord(index + 1,
                Number(word, "xMin"), Number(word, "yMin"), Number(word, "xMax"), Number(word, "yMax"), word.Value)))
            .ToList();
    }

    private static double Number(XElement word, string name) => double.Parse(word.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
