using System.Diagnostics;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Batch;

/// <summary>Converts reports to PDF with LibreOffice (headless), many files per start, each PDF moved into place whole.</summary>
public static class PdfExporter
{
    private const int FilesPerStart = 200;

    /// <summary>The start of a work folder's name: <c>.perfeval-pdf-PID-GUID</c>.</summary>
    internal const string WorkFolderPrefix = ".perfeval-pdf-";

    /// <summary>
    /// Deletes work folders a killed run left behind (LibreOffice's profile and half-converted PDFs, about 11 MB each).
    /// Called under the folder's batch lock, so none of them can belong to a running batch. A link is removed itself.
    /// </summary>
    internal static void RemoveWorkFolders(string outputDirectory)
    {
        foreach (var folder in Directory.EnumerateFileSystemEntries(outputDirectory, WorkFolderPrefix + "*"))
        {
            try
            {
                if (FileNode.Inspect(folder, followLinks: false).Kind == FileNode.Kind.Directory)
                {
                    Directory.Delete(folder, recursive: true);
                }
                else
                {
                    File.Delete(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A read-only folder keeps it; the next run that can write removes it.
            }
        }
    }

    /// <summary>Whether LibreOffice can be started from the PATH.</summary>
    public static string? FindLibreOffice() =>
        new[] { "soffice", "libreoffice" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// How long LibreOffice may go without finishing a PDF before it is taken as hung and stopped (the first one includes
    /// its start). PERFEVAL_PDF_IDLE_SECONDS sets another value, for a very slow machine.
    /// </summary>
    internal static TimeSpan IdleLimit =>
        int.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_PDF_IDLE_SECONDS"), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(180);

    /// <summary>
    /// Writes name.pdf beside each name.docx; returns the PDFs written, by report path. A LibreOffice that stops making
    /// progress is stopped (<see cref="IdleLimit"/>), the reports it had not finished get no PDF, and
    /// <paramref name="problems"/> receives a PE402 saying so.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Convert(IReadOnlyList<string> reports, string outputDirectory, ICollection<Diagnostic>? problems = null)
    {
        var office = FindLibreOffice() ?? throw new PerfEvalException(new Diagnostic(Severity.Error, "PE402",
            "未找到 LibreOffice（soffice），无法生成 PDF。", Suggestion: "安装 LibreOffice（如 apt-get install libreoffice-writer-nogui），或去掉 --pdf。"));
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var work = Path.Combine(outputDirectory, $"{WorkFolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            foreach (var chunk in reports.Chunk(FilesPerStart))
            {
                if (!Run(office, work, chunk))
                {
                    // Killed while writing: what it left may be half a file. Nothing of this start is used, and no
                    // later start is tried (the same LibreOffice would hang again).
                    problems?.Add(new Diagnostic(Severity.Error, "PE402",
                        $"LibreOffice 超过 {IdleLimit.TotalSeconds:0} 秒没有完成任何转换，已被终止；其余报告未生成 PDF。",
                        Suggestion: "报告（.docx）已生成。检查 LibreOffice 能否单独运行（soffice --headless --version），再重新运行；机器很慢时可设置环境变量 PERFEVAL_PDF_IDLE_SECONDS 放宽时限。"));
                    break;
                }
                foreach (var report in chunk)
                {
                    var converted = Path.Combine(work, Path.ChangeExtension(Path.GetFileName(report), ".pdf"));
                    if (File.Exists(converted))
                    {
                        var target = Path.ChangeExtension(report, ".pdf");
                        File.Move(converted, target, overwrite: true);
                        written[report] = target;
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return written;
    }

    // Runs one LibreOffice over the reports; false when it was stopped for making no progress.
    private static bool Run(string office, string work, IEnumerable<string> reports)
    {
        var start = new ProcessStartInfo(office) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // Its own font mapping, so the official faces come out distinct whatever the machine's fontconfig says.
        foreach (var (name, value) in PdfFontConfig.Environment(Path.Combine(work, "fonts")))
        {
            start.Environment[name] = value;
        }
        // A private profile, so a running LibreOffice or another batch does not block this one; it carries the
        // Chinese line-breaking marks.
        PdfProfile.Prepare(Path.Combine(work, "profile"));
        start.ArgumentList.Add($"-env:UserInstallation=file://{Path.Combine(work, "profile")}");
        foreach (var argument in new[] { "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", work })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var report in reports)
        {
            start.ArgumentList.Add(report);
        }
        using var process = Process.Start(start)!;
        // Both streams drained at once: one left unread could fill its pipe and stop LibreOffice.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var finished = 0;
        var progress = Stopwatch.StartNew();
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(500)))
        {
            var count = Directory.EnumerateFiles(work, "*.pdf").Count();
            if (count != finished)
            {
                (finished, progress) = (count, Stopwatch.StartNew());
            }
            else if (progress.Elapsed > IdleLimit)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }
                process.WaitForExit();
                Task.WaitAll(output, error);
                return false;
            }
        }
        process.WaitForExit();
        Task.WaitAll(output, error);
        return true;
    }
}
