using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Storage;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// Regenerates many units' reports into one folder: in parallel, skipping units whose report on disk is exactly what
/// their data, templates and tool make, writing every file whole, and keeping each unit's failure to itself.
/// </summary>
/// <remarks>
/// A run goes in two steps. First every unit is checked and generated into a temporary file beside its report; then,
/// once every unit's report name is known, two inputs aiming at one report both fail and the rest are renamed into place.
/// The manifest is written last, after the file system has put the reports on the disk; it only ever states "this input
/// makes a report with these bytes", and a skip re-hashes the report to check that it still has them. So a kill at any
/// point leaves whole reports and a manifest that claims nothing untrue (docs/crash-safety.md).
/// </remarks>
public sealed class BatchRunner(BatchOptions options)
{
    private static readonly Lazy<string> EmbeddedFingerprint = new(() => Hashing.Of(TemplateSet.EmbeddedNames.SelectMany(TemplateSet.EmbeddedFiles)));

    /// <summary>
    /// Runs the batch over <paramref name="inputs"/> (data files); <paramref name="progress"/> hears of each unit as it
    /// finishes. <paramref name="deliver"/> hands the result to the user (summary, --report): only once it has returned
    /// are the run's lists of changes taken as seen, so a run killed before that lists them again next time.
    /// </summary>
    public BatchResult Run(IReadOnlyList<string> inputs, Action<BatchUnitResult>? progress = null, CancellationToken cancellation = default,
        Action<BatchResult>? deliver = null)
    {
        var clock = Stopwatch.StartNew();
        var output = Path.GetFullPath(options.OutputDirectory);
        var notes = new List<Diagnostic>();
        OutputLock? folderLock;
        try
        {
            Directory.CreateDirectory(output);
            folderLock = OutputLock.Acquire(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unwritable(inputs, output, e, clock, progress, deliver);
        }
        using (folderLock)
        {
            return RunLocked(inputs, output, notes, clock, progress, cancellation, deliver);
        }
    }

    private BatchResult RunLocked(IReadOnlyList<string> inputs, string output, List<Diagnostic> notes, Stopwatch clock,
        Action<BatchUnitResult>? progress, CancellationToken cancellation, Action<BatchResult>? deliver)
    {
        AtomicFile.RemoveLeftovers(output);
        PdfExporter.RemoveWorkFolders(output);
        var manifest = BatchManifest.Load(output, notes);
        var run = manifest.Reported + 1;
        var entries = new ConcurrentDictionary<string, BatchManifestEntry>(manifest.Units, StringComparer.Ordinal);
        var store = new FigureStore(output, notes);
        var context = new RunContext(output, options.Templates?.Fingerprint ?? EmbeddedFingerprint.Value, entries, store, manifest.Reported, run);
        var results = new BatchUnitResult[inputs.Count];
        var pending = new PendingReport?[inputs.Count];
        var report = new object();
        void Finished(int i)
        {
            if (!options.Pdf && progress is not null)
            {
                lock (report)
                {
                    progress(results[i]);
                }
            }
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellation };
        try
        {
            Parallel.For(0, inputs.Count, parallel, i => (results[i], pending[i]) = Prepare(inputs[i], context));
            RefuseSharedOutputs(results, pending, store);
            for (var i = 0; i < results.Length; i++)
            {
                if (pending[i] is null)
                {
                    Finished(i);
                }
            }
            Parallel.For(0, inputs.Count, parallel, i =>
            {
                if (pending[i] is { } p)
                {
                    results[i] = Commit(p, context);
                    pending[i] = null;
                    if (!options.Pdf)
                    {
                        results[i] = WithoutOutdatedPdf(results[i], manifest.Units.GetValueOrDefault(p.Input), p.Entry.Sha256);
                    }
                    Finished(i);
                }
            });
        }
        finally
        {
            foreach (var p in pending)
            {
                if (p is not null)
                {
                    AtomicFile.Discard(p.Temporary);
                    store.Discard(p.Input);
                }
            }
        }
        if (options.Pdf)
        {
            AddPdfs(results, entries, manifest.Units, notes, output);
            foreach (var result in results)
            {
                progress?.Invoke(result);
            }
        }
        manifest.Units = new SortedDictionary<string, BatchManifestEntry>(entries, StringComparer.Ordinal);
        if (deliver is null)
        {
            manifest.Reported = run;
        }
        var saved = TrySave(manifest, output, notes, WriteDurability.FlushFileSystem);
        var batch = new BatchResult(results, clock.Elapsed) { Diagnostics = notes };
        if (deliver is not null)
        {
            deliver(batch);
            if (saved)
            {
                // The changes were shown: the next run compares with these figures. Losing this write only shows them again.
                manifest.Reported = run;
                TrySave(manifest, output, [], WriteDurability.Deferred);
            }
        }
        return batch;
    }

    /// <summary>
    /// Step one for one unit: up to date (the report on disk verified), failed, or generated into a temporary file that
    /// <see cref="Commit"/> renames into place.
    /// </summary>
    private (BatchUnitResult, PendingReport?) Prepare(string input, RunContext run)
    {
        var clock = Stopwatch.StartNew();
        var read = DataFormat.DataFile.Read(input);
        if (read.Text is not { } text)
        {
            return (new BatchUnitResult(input, BatchStatus.Failed, null, read.Diagnostics, [], clock.Elapsed, 0), null);
        }
        var hash = Hashing.Of([Hashing.ToolVersion, run.Templates, options.Validation.Strict.ToString(), options.Validation.Tolerance.ToString(System.Globalization.CultureInfo.InvariantCulture), text]);
        run.Entries.TryGetValue(input, out var previous);
        if (!options.Force && previous is not null && previous.Hash == hash && IsCurrent(Path.Combine(run.Output, previous.Output), previous.Bytes, previous.Sha256))
        {
            return (UpToDate(input, previous, run, clock), null);
        }
        var target = "";
        try
        {
            var validation = ReportValidator.Validate(read, input, options.Validation, options.Templates);
            if (validation.Data is not { } data)
            {
                return (new BatchUnitResult(input, BatchStatus.Failed, null, validation.Diagnostics, [], clock.Elapsed, 0), null);
            }
            var package = new ReportGenerator(options.Templates).Generate(data);
            target = Path.Combine(run.Output, package.FileName);
            var temporary = AtomicFile.WriteTemporary(target, package.Content, WriteDurability.Deferred);
            var figures = validation.Source is { } source ? FigureSnapshot.Of(source, data) : FigureSnapshot.Of(data);
            var entry = new BatchManifestEntry
            {
                Hash = hash,
                Output = package.FileName,
                Bytes = package.Content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(package.Content)),
                Run = run.Number,
            };
            var pending = new PendingReport(input, target, temporary, entry, run.Store.Park(input, figures), validation.Diagnostics, clock);
            return (new BatchUnitResult(input, BatchStatus.Generated, target, validation.Diagnostics, [], clock.Elapsed, package.Content.Length), pending);
        }
        catch (PerfEvalException e)
        {
            return (new BatchUnitResult(input, BatchStatus.Failed, null, e.Diagnostics, [], clock.Elapsed, 0), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Failed(input, clock, CannotWrite(target.Length > 0 ? target : run.Output, e)), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One unit's fault in the tool must not cost the others their reports, nor the user the summary.
            return (Failed(input, clock, new Diagnostic(Severity.Error, "PE999",
                $"内部错误（请将此信息和数据文件一并反馈）：{e.GetType().Name}: {e.Message}", input)), null);
        }
    }

    private BatchUnitResult UpToDate(string input, BatchManifestEntry previous, RunContext run, Stopwatch clock)
    {
        IReadOnlyList<FigureChange> changes = [];
        var lost = false;
        if (previous.Run > run.Reported)
        {
            // Written by a run that was killed before it showed its changes: show them now.
            var (record, damaged) = run.Store.Load(input);
            lost = damaged;
            if (record?.Baseline is { } baseline)
            {
                changes = FigureSnapshot.Changes(baseline, record.Labels, record);
            }
        }
        var pdf = previous.Pdf is { } name && previous.PdfOf == previous.Sha256 && previous.PdfSha256 is { } pdfHash
            && IsCurrent(Path.Combine(run.Output, name), -1, pdfHash)
            ? Path.Combine(run.Output, name)
            : null;
        return new BatchUnitResult(input, BatchStatus.UpToDate, Path.Combine(run.Output, previous.Output), [], changes, clock.Elapsed, 0)
        {
            Pdf = options.Pdf ? pdf : null,
            ChangesLost = lost,
        };
    }

    /// <summary>Step two for one unit: the report renamed into place, its figures recorded, its manifest entry made.</summary>
    private static BatchUnitResult Commit(PendingReport pending, RunContext run)
    {
        try
        {
            AtomicFile.Commit(pending.Temporary, pending.Target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(pending.Input, pending.Clock, CannotWrite(pending.Target, e));
        }
        run.Entries[pending.Input] = pending.Entry;
        var figures = pending.FiguresParked ? run.Store.Unpark(pending.Input) : null;
        if (figures is null)
        {
            return new BatchUnitResult(pending.Input, BatchStatus.Generated, pending.Target, pending.Diagnostics, [], pending.Clock.Elapsed, pending.Entry.Bytes)
            {
                ChangesLost = run.Store.Usable,
            };
        }
        var (before, damaged) = run.Store.Load(pending.Input);
        // A record of a run not yet reported keeps the figures last reported, so its changes are not lost.
        var shown = before is null ? null : before.Run > run.Reported ? before.Baseline : before.Figures;
        var changes = shown is null ? [] : FigureSnapshot.Changes(shown, before!.Labels, figures);
        figures.Run = run.Number;
        figures.Baseline = shown;
        if (before is not null)
        {
            foreach (var (key, label) in before.Labels)
            {
                figures.Labels.TryAdd(key, label);
            }
        }
        var kept = run.Store.Save(pending.Input, figures);
        return new BatchUnitResult(pending.Input, BatchStatus.Generated, pending.Target, pending.Diagnostics, changes, pending.Clock.Elapsed, pending.Entry.Bytes)
        {
            ChangesLost = damaged || !kept,
        };
    }

    /// <summary>
    /// Two inputs whose reports have one name (compared as Windows and macOS compare names): both fail, neither is
    /// written, and the report already there is kept.
    /// </summary>
    private static void RefuseSharedOutputs(BatchUnitResult[] results, PendingReport?[] pending, FigureStore store)
    {
        var claims = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Status != BatchStatus.Failed && results[i].Output is { } path)
            {
                var name = Path.GetFileName(path);
                if (!claims.TryGetValue(name, out var list))
                {
                    claims[name] = list = [];
                }
                list.Add(i);
            }
        }
        foreach (var (name, indices) in claims.Where(c => c.Value.Count > 1))
        {
            var all = string.Join("、", indices.Select(i => $"“{results[i].Input}”"));
            foreach (var i in indices)
            {
                if (pending[i] is { } p)
                {
                    AtomicFile.Discard(p.Temporary);
                    store.Discard(p.Input);
                    pending[i] = null;
                }
                results[i] = Failed(results[i].Input, Stopwatch.StartNew(), new Diagnostic(Severity.Error, "PE403",
                    $"{indices.Count} 个数据文件都要生成同一个报告“{name}”：{all}；均未写出，已有的报告保持不变。", results[i].Input,
                    Suggestion: "删除重复的数据文件（如“… - 副本.json”），或区分其单位名称、年度。"));
            }
        }
    }

    private void AddPdfs(BatchUnitResult[] results, ConcurrentDictionary<string, BatchManifestEntry> entries,
        IDictionary<string, BatchManifestEntry> previous, List<Diagnostic> notes, string output)
    {
        var pending = results.Where(r => r.Status == BatchStatus.Generated || (r.Status == BatchStatus.UpToDate && r.Pdf is null)).ToList();
        if (pending.Count == 0)
        {
            return;
        }
        IReadOnlyDictionary<string, string> pdfs;
        Diagnostic? failure = null;
        try
        {
            var problems = new List<Diagnostic>();
            pdfs = PdfExporter.Convert(pending.Select(r => r.Output!).ToList(), output, problems);
            failure = problems.FirstOrDefault();
            notes.AddRange(problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            pdfs = new Dictionary<string, string>();
            failure = CannotWrite(output, e);
            notes.Add(failure);
        }
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            if (result.Output is null || result.Pdf is not null || result.Status == BatchStatus.Failed)
            {
                continue;
            }
            if (pdfs.TryGetValue(result.Output, out var pdf))
            {
                results[i] = result with { Pdf = pdf, Bytes = result.Bytes + new FileInfo(pdf).Length };
                if (entries.TryGetValue(result.Input, out var entry))
                {
                    entry.Pdf = Path.GetFileName(pdf);
                    entry.PdfOf = entry.Sha256;
                    entry.PdfSha256 = HashOf(pdf);
                }
            }
            else
            {
                // A PDF an earlier run wrote shows the report as it was then: not kept beside the new one.
                var stale = RemoveStalePdf(result.Output, previous.TryGetValue(result.Input, out var before) ? before : null);
                var reason = (failure ?? new Diagnostic(Severity.Error, "PE402", "LibreOffice 未能把报告转换为 PDF。")) with { File = result.Output };
                if (stale)
                {
                    reason = reason with { Message = reason.Message + "上次生成的同名 PDF 与新报告不符，已删除。" };
                }
                results[i] = result with { Status = BatchStatus.Failed, Diagnostics = [.. result.Diagnostics, reason] };
            }
        }
    }

    // A report regenerated without --pdf whose last run also wrote its PDF: that PDF shows the report as it was, so it
    // is deleted (PE404 says so) unless the report came out byte for byte the same.
    private static BatchUnitResult WithoutOutdatedPdf(BatchUnitResult result, BatchManifestEntry? before, string written)
    {
        if (result.Status != BatchStatus.Generated || result.Output is null || before?.Pdf is not { } name
            || written == before.PdfOf || !RemoveStalePdf(result.Output, before))
        {
            return result;
        }
        return result with
        {
            Diagnostics = [.. result.Diagnostics, new Diagnostic(Severity.Warning, "PE404",
                $"上次生成的 PDF“{name}”与更新后的报告不符，已删除。", result.Output, Suggestion: "需要 PDF 时加 --pdf 重新运行。")],
        };
    }

    // Deletes name.pdf beside name.docx when the last run recorded writing exactly that file (one the user made or
    // changed, or a link, is left alone); whether it was deleted.
    private static bool RemoveStalePdf(string report, BatchManifestEntry? before)
    {
        var pdf = Path.ChangeExtension(report, ".pdf");
        if (before?.Pdf != Path.GetFileName(pdf) || before.PdfSha256 is not { } written || !IsCurrent(pdf, -1, written))
        {
            return false;
        }
        try
        {
            File.Delete(pdf);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> is a plain file (not a link) of <paramref name="bytes"/> bytes (any when negative) hashing to <paramref name="sha256"/>.</summary>
    private static bool IsCurrent(string path, long bytes, string sha256)
    {
        var (kind, size) = FileNode.Inspect(path, followLinks: false);
        return kind == FileNode.Kind.File && (bytes < 0 || size == bytes) && string.Equals(HashOf(path), sha256, StringComparison.Ordinal);
    }

    private static string? HashOf(string path)
    {
        try
        {
            using var stream = FileNode.OpenReadNoFollow(path);
            return stream is null ? null : Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool TrySave(BatchManifest manifest, string output, List<Diagnostic> notes, WriteDurability durability)
    {
        try
        {
            manifest.Save(output, durability);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a manifest the next run regenerates what this one wrote: slower, never wrong.
            notes.Add(new Diagnostic(Severity.Error, "PE413", $"无法保存批处理记录（{WriteFailure.Describe(e)}）；已写出的报告完整，下次运行将重新生成它们。",
                Path.Combine(output, BatchManifest.FileName)));
            return false;
        }
    }

    /// <summary>The result of a run that could not write into its folder at all: every unit fails with the reason.</summary>
    private static BatchResult Unwritable(IReadOnlyList<string> inputs, string output, Exception error, Stopwatch clock,
        Action<BatchUnitResult>? progress, Action<BatchResult>? deliver)
    {
        var diagnostic = CannotWrite(output, error);
        var results = inputs.Select(input => Failed(input, clock, diagnostic with { File = input, Message = $"未生成：输出目录“{output}”无法写入（{WriteFailure.Describe(error)}）。" })).ToList();
        foreach (var result in results)
        {
            progress?.Invoke(result);
        }
        var batch = new BatchResult(results, clock.Elapsed) { Diagnostics = [diagnostic] };
        deliver?.Invoke(batch);
        return batch;
    }

    private static Diagnostic CannotWrite(string path, Exception error) =>
        new(Severity.Error, "PE400", $"无法写入“{path}”：{WriteFailure.Describe(error)}。", path,
            Suggestion: "腾出磁盘空间、改用可写的输出目录，或检查目录权限后重新运行；已有的报告未受影响。");

    private static BatchUnitResult Failed(string input, Stopwatch clock, Diagnostic diagnostic) =>
        new(input, BatchStatus.Failed, null, [diagnostic], [], clock.Elapsed, 0);
}
