using PerfEvalDocGen.Batch;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;

namespace PerfEvalDocGen.Web.Pdf;

/// <summary>
/// Converts packages to PDF one at a time through LibreOffice: one converter, a short queue, and a clear "busy" answer
/// past it, so a burst of PDF requests cannot start a LibreOffice per request and exhaust the machine.
/// </summary>
internal sealed class PdfConverter
{
    /// <summary>The answer when the queue is full.</summary>
    public static readonly Diagnostic Busy = new(Severity.Error, "PE601", "PDF 转换正忙（排队已满），请稍后再试。",
        Suggestion: "先下载 .docx；或等几秒后再点“下载 PDF”。");

    private readonly SemaphoreSlim converter = new(1, 1);
    private readonly int queueLimit;
    private readonly Lazy<bool> available = new(() => PdfExporter.FindLibreOffice() is not null);
    private readonly Func<GeneratedPackage, byte[]> convert;
    private int pending;

    public PdfConverter(ServeOptions options)
        : this(options, Convert)
    {
    }

    /// <summary>With another conversion in place of LibreOffice's, so the queue can be tested on its own.</summary>
    internal PdfConverter(ServeOptions options, Func<GeneratedPackage, byte[]> convert)
    {
        queueLimit = Math.Max(0, options.PdfQueueLimit);
        this.convert = convert;
    }

    /// <summary>Whether LibreOffice is installed, for the page to offer 下载 PDF or not.</summary>
    public bool IsAvailable => available.Value;

    /// <summary>The PDF's bytes, or null when one conversion runs and the queue behind it is full. Throws PE402 without LibreOffice, PE602 when it fails.</summary>
    public async Task<byte[]?> ConvertAsync(GeneratedPackage package, CancellationToken cancellation)
    {
        if (Interlocked.Increment(ref pending) > queueLimit + 1)
        {
            Interlocked.Decrement(ref pending);
            return null;
        }
        try
        {
            await converter.WaitAsync(cancellation);
            try
            {
                return await Task.Run(() => convert(package), CancellationToken.None);
            }
            finally
            {
                converter.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }

    private static byte[] Convert(GeneratedPackage package)
    {
        // A private folder per conversion under the system temp folder; the client's data never names it.
        var work = Path.Combine(Path.GetTempPath(), $"perfeval-web-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var docx = Path.Combine(work, "report.docx");
            File.WriteAllBytes(docx, package.Content);
            var written = PdfExporter.Convert([docx], work);
            if (!written.TryGetValue(docx, out var pdf) || !File.Exists(pdf))
            {
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE602", "LibreOffice 未能把报告转换为 PDF。",
                    Suggestion: "先下载 .docx 用 WPS 或 Word 另存为 PDF；如反复出现，请检查 LibreOffice 安装。"));
            }
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
