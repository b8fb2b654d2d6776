using PerfEvalDocGen.Batch;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>
/// LibreOffice (headless) as a real second reader: converts packages to PDF, several per start, with the same private
/// font mapping as <c>--pdf</c>, and reads the PDF back with poppler's tools.
/// </summary>
internal static class PdfConverter
{
    /// <summary>Converts <paramref name="docx"/> to a PDF beside it and returns the PDF's path.</summary>
    public static string Convert(string docx) => ConvertAll([docx])[0];

    /// <summary>
    /// Converts every file with one LibreOffice start; each PDF lands beside its .docx. <paramref name="systemFontConfig"/>
    /// stands for the machine's own fontconfig (by default the real one).
    /// </summary>
    public static IReadOnlyList<string> ConvertAll(IReadOnlyList<string> docx, string? systemFontConfig = null)
    {
        var groups = docx.GroupBy(d => Path.GetDirectoryName(d)!).ToList();
        foreach (var group in groups)
        {
            var directory = group.Key;
            var environment = PdfFontConfig.Environment(Path.Combine(directory, ".fonts"), systemFontConfig);
            PdfProfile.Prepare(Path.Combine(directory, ".lo-profile"));
            var result = ProcessRunner.Run("soffice", [
                $"-env:UserInstallation=file://{Path.Combine(directory, ".lo-profile")}", "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", directory, .. group], timeoutSeconds: 600, environment: environment);
            var missing = group.Where(d => !File.Exists(Path.ChangeExtension(d, ".pdf"))).ToList();
            if (result.ExitCode != 0 || missing.Count > 0)
            {
                throw new InvalidOperationException($"LibreOffice failed ({result.ExitCode}) on {string.Join(", ", missing)}: {result.StandardOutput} {result.StandardError}");
            }
        }
        return docx.Select(d => Path.ChangeExtension(d, ".pdf")).ToList();
    }

    /// <summary>The PDF's text page by page (pdftotext separates pages with form feeds).</summary>
    public static IReadOnlyList<string> Pages(string pdf, bool raw = false)
    {
        var result = ProcessRunner.Run("pdftotext", raw ? ["-raw", pdf, "-"] : [pdf, "-"]);
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
