using System.CommandLine;
using PerfEvalDocGen.Batch;
using PerfEvalDocGen.Storage;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval batch INPUT… -o OUT [--templates DIR] [--jobs N] [--force] [--pdf] [--report FILE]</c>.</summary>
internal static class BatchCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "数据文件、目录（其中的 *.json）或通配符，如 data/**/*.json", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "输出目录", Required = true };
        var templates = CommonOptions.Templates();
        var jobs = new Option<int>("--jobs", "-j") { Description = "同时生成的数量（默认为 CPU 核数）", DefaultValueFactory = _ => Environment.ProcessorCount };
        var force = new Option<bool>("--force") { Description = "全部重新生成，不跳过未变化的单位" };
        var pdf = new Option<bool>("--pdf") { Description = "同时用 LibreOffice 生成 PDF" };
        var report = new Option<FileInfo>("--report") { Description = "把每个单位的结果写入此 JSON 文件" };
        var strict = CommonOptions.Strict();
        var tolerance = CommonOptions.Tolerance();
        var command = new Command("batch", "批量生成：并行、跳过未变化的单位、单个单位出错不影响其他单位")
        {
            inputs, output, templates, jobs, force, pdf, report, strict, tolerance,
        };
        command.SetAction(result => CommandRunner.Run(console, () =>
        {
            var outputDirectory = result.GetValue(output)!.FullName;
            var files = InputResolver.Resolve(result.GetValue(inputs)!, excludeDirectory: outputDirectory);
            var options = new BatchOptions(outputDirectory)
            {
                Templates = CommonOptions.LoadTemplates(result.GetValue(templates)),
                Jobs = Math.Max(1, result.GetValue(jobs)),
                Force = result.GetValue(force),
                Pdf = result.GetValue(pdf),
                Validation = new ValidationOptions { Strict = result.GetValue(strict), Tolerance = result.GetValue(tolerance) },
            };
            if (options.Pdf && PdfExporter.FindLibreOffice() is null)
            {
                throw new PerfEvalDocGen.Diagnostics.PerfEvalException(new PerfEvalDocGen.Diagnostics.Diagnostic(
                    PerfEvalDocGen.Diagnostics.Severity.Error, "PE402", "未找到 LibreOffice（soffice），无法生成 PDF。",
                    Suggestion: "安装 LibreOffice（如 apt-get install libreoffice-writer-nogui），或去掉 --pdf。"));
            }
            var reportWritten = true;
            var batch = BatchProgress.Run(console, new BatchRunner(options), files, done =>
            {
                BatchSummary.Print(console, done);
                if (result.GetValue(report) is { } reportFile)
                {
                    reportWritten = WriteReport(console, reportFile.FullName, done);
                }
            });
            return batch.Failed > 0 || !reportWritten || batch.Diagnostics.Any(d => d.Severity == PerfEvalDocGen.Diagnostics.Severity.Error)
                ? ExitCodes.Errors : ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes --report; a report that cannot be written is an error of its own, after the summary is out.</summary>
    private static bool WriteReport(CliConsole console, string path, BatchResult batch)
    {
        try
        {
            BatchReport.Write(path, batch);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(new PerfEvalDocGen.Diagnostics.Diagnostic(PerfEvalDocGen.Diagnostics.Severity.Error, "PE400",
                $"无法写入结果文件“{path}”：{PerfEvalDocGen.Storage.WriteFailure.Describe(e)}。", path,
                Suggestion: "把 --report 指向可写的位置。"));
            return false;
        }
    }
}
