using System.Collections.Concurrent;
using System.Diagnostics;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// Regenerates many units' reports into one folder: in parallel, skipping units whose data, templates and tool are
/// unchanged, writing every file whole, and keeping each unit's failure to itself.
/// </summary>
public sealed class BatchRunner(BatchOptions options)
{
    private static readonly Lazy<string> EmbeddedFingerprint = new(() => Hashing.Of(TemplateSet.EmbeddedNames.SelectMany(TemplateSet.EmbeddedFiles)));

    /// <summary>Runs the batch over <paramref name="inputs"/> (data files); <paramref name="progress"/> hears of each unit as it finishes.</summary>
    public BatchResult Run(IReadOnlyList<string> inputs, Action<BatchUnitResult>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var output = Path.GetFullPath(options.OutputDirectory);
        Directory.CreateDirectory(output);
        AtomicFile.RemoveLeftovers(output);
        var manifest = BatchManifest.Load(output);
        var entries = new ConcurrentDictionary<string, BatchManifestEntry>(manifest.Units, StringComparer.Ordinal);
        var claimed = new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var store = new FigureStore(output);
        var results = new BatchUnitResult[inputs.Count];
        var templateFingerprint = options.Templates?.Fingerprint ?? EmbeddedFingerprint.Value;
        var report = new object();
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellation }, i =>
        {
            results[i] = RunUnit(inputs[i], output, templateFingerprint, entries, claimed, store);
            if (!options.Pdf && progress is not null)
            {
                lock (report)
                {
                    progress(results[i]);
                }
            }
        });
        if (options.Pdf)
        {
            AddPdfs(results, entries);
            foreach (var result in results)
            {
                progress?.Invoke(result);
            }
        }
        manifest.Units = new SortedDictionary<string, BatchManifestEntry>(entries, StringComparer.Ordinal);
        manifest.Save(output);
        return new BatchResult(results, clock.Elapsed);
    }

    private BatchUnitResult RunUnit(string input, string output, string templates, ConcurrentDictionary<string, BatchManifestEntry> entries,
        ConcurrentDictionary<string, string> claimed, FigureStore store)
    {
        var clock = Stopwatch.StartNew();
        var read = Loading.DataFile.Read(input);
        if (read.Text is not { } text)
        {
            return new BatchUnitResult(input, BatchStatus.Failed, null, read.Diagnostics, [], clock.Elapsed, 0);
        }
        var hash = Hashing.Of([Hashing.ToolVersion, templates, options.Validation.Strict.ToString(), options.Validation.Tolerance.ToString(System.Globalization.CultureInfo.InvariantCulture), text]);
        entries.TryGetValue(input, out var previous);
        if (!options.Force && previous is not null && previous.Hash == hash
            && IsWhole(Path.Combine(output, previous.Output), previous.Bytes)
            && (!options.Pdf || previous.Pdf is not null && File.Exists(Path.Combine(output, previous.Pdf)))
            && claimed.TryAdd(previous.Output, input))
        {
            return new BatchUnitResult(input, BatchStatus.UpToDate, Path.Combine(output, previous.Output), [], [], clock.Elapsed, 0)
            {
                Pdf = previous.Pdf is null ? null : Path.Combine(output, previous.Pdf),
            };
        }
        try
        {
            var validation = ReportValidator.Validate(read, input, options.Validation, options.Templates);
            if (validation.Data is not { } data)
            {
                return new BatchUnitResult(input, BatchStatus.Failed, null, validation.Diagnostics, [], clock.Elapsed, 0);
            }
            var package = new ReportGenerator(options.Templates).Generate(data);
            if (!claimed.TryAdd(package.FileName, input))
            {
                return Failed(input, clock, new Diagnostic(Severity.Error, "PE403",
                    $"输出文件名“{package.FileName}”与另一个数据文件（{claimed[package.FileName]}）相同，未写出。", input,
                    Suggestion: "检查两个文件是否是同一单位同一年度；如确为不同单位，请区分单位名称。"));
            }
            var path = Path.Combine(output, package.FileName);
            AtomicFile.Write(path, package.Content, WriteDurability.Deferred);
            var figures = validation.Source is { } source ? FigureSnapshot.Of(source) : FigureSnapshot.Of(data);
            var changes = previous is not null && store.Load(input) is { } before ? FigureSnapshot.Changes(before, figures) : [];
            store.Save(input, figures);
            entries[input] = new BatchManifestEntry { Hash = hash, Output = package.FileName, Bytes = package.Content.Length };
            return new BatchUnitResult(input, BatchStatus.Generated, path, validation.Diagnostics, changes, clock.Elapsed, package.Content.Length);
        }
        catch (PerfEvalException e)
        {
            return new BatchUnitResult(input, BatchStatus.Failed, null, e.Diagnostics, [], clock.Elapsed, 0);
        }
    }

    private static void AddPdfs(BatchUnitResult[] results, ConcurrentDictionary<string, BatchManifestEntry> entries)
    {
        var pending = results.Where(r => r.Status == BatchStatus.Generated || (r.Status == BatchStatus.UpToDate && r.Pdf is null)).ToList();
        if (pending.Count == 0)
        {
            return;
        }
        var pdfs = PdfExporter.Convert(pending.Select(r => r.Output!).ToList(), Path.GetDirectoryName(pending[0].Output!)!);
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            if (result.Output is null || result.Pdf is not null)
            {
                continue;
            }
            if (pdfs.TryGetValue(result.Output, out var pdf))
            {
                results[i] = result with { Pdf = pdf, Bytes = result.Bytes + new FileInfo(pdf).Length };
                if (entries.TryGetValue(result.Input, out var entry))
                {
                    entry.Pdf = Path.GetFileName(pdf);
                }
            }
            else
            {
                results[i] = result with
                {
                    Status = BatchStatus.Failed,
                    Diagnostics = [.. result.Diagnostics, new Diagnostic(Severity.Error, "PE402", "LibreOffice 未能把报告转换为 PDF。", result.Output)],
                };
            }
        }
    }

    private static bool IsWhole(string path, long bytes)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == bytes;
    }

    private static BatchUnitResult Failed(string input, Stopwatch clock, Diagnostic diagnostic) =>
        new(input, BatchStatus.Failed, null, [diagnostic], [], clock.Elapsed, 0);
}
