namespace PerfEvalDocGen.Tests.Support;

/// <summary>LibreOffice (headless) as a real second reader: converts a package to PDF and reads its text back with pdftotext.</summary>
internal static class PdfConverter
{
    /// <summary>Converts <paramref name="docx"/> to a PDF beside it and returns the PDF's path.</summary>
    public static string Convert(string docx)
    {
        var directory = Path.GetDirectoryName(docx)!;
        var profile = Path.Combine(directory, ".lo-profile");
        var result = ProcessRunner.Run("soffice", [
            $"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", directory, docx]);
        var pdf = Path.ChangeExtension(docx, ".pdf");
        if (result.ExitCode != 0 || !File.Exists(pdf))
        {
            throw new InvalidOperationException($"LibreOffice failed ({result.ExitCode}): {result.StandardOutput} {result.StandardError}");
        }
        return pdf;
    }

    /// <summary>The PDF's text page by page (pdftotext separates pages with form feeds).</summary>
    public static IReadOnlyList<string> Pages(string pdf)
    {
        var result = ProcessRunner.Run("pdftotext", [pdf, "-"]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("pdftotext failed: " + result.StandardError);
        }
        var pages = result.StandardOutput.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }
        return pages;
    }
}
