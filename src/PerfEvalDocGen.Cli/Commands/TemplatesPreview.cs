using System.CommandLine;
using PerfEvalDocGen.Batch;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>
/// <c>perfeval templates preview DIR [--data FILE] [--out DIR]</c>: the package of the set's sample unit (or the given
/// data) and, when LibreOffice is installed, its PDF, so a maintainer sees an edit at once.
/// </summary>
internal static class TemplatesPreview
{
    /// <summary>The output folder when --out is not given, under the current directory.</summary>
    public const string DefaultOutput = "预览";

    public static Command Create(CliConsole console)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "模板集目录（perfeval templates export 导出后修改的目录）" };
        var data = new Option<FileInfo>("--data") { Description = $"用此数据文件预览（默认为模板集目录中的 {SampleData.FileName}）" };
        var output = new Option<DirectoryInfo>("--out") { Description = $"输出目录（默认为当前目录下的“{DefaultOutput}”）" };
        var command = new Command("preview", "用样例数据生成该模板集的报告（装有 LibreOffice 时同时生成 PDF），查看修改效果") { directory, data, output };
        command.SetAction(result => CommandRunner.Run(console, () =>
        {
            var setDirectory = result.GetValue(directory)!.FullName;
            var set = TemplateSet.FromDirectory(setDirectory);
            Generation.ReportGenerator.ReadForms(set);
            var file = result.GetValue(data)?.FullName ?? Path.Combine(setDirectory, SampleData.FileName);
            if (result.GetValue(data) is null && !File.Exists(file))
            {
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE376",
                    $"模板集目录中没有样例数据 {SampleData.FileName}，无法预览。", file,
                    Suggestion: "用 --data 指定一个单位数据文件，或把一个单位的数据文件复制为该目录中的 " + SampleData.FileName + "。"));
            }
            var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
            var validation = ReportValidator.ValidateFile(shown, ValidationOptions.Default, set);
            DiagnosticPrinter.Text(console.Error, validation.Diagnostics);
            if (validation.Data is null)
            {
                console.Error.WriteLine("数据有错误，未生成预览。");
                return ExitCodes.Errors;
            }
            var target = result.GetValue(output)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), DefaultOutput);
            Directory.CreateDirectory(target);
            var path = new ReportGenerator(set).WriteTo(validation.Data, target);
            console.Out.WriteLine($"已生成预览：{path}");
            console.Out.WriteLine(set.HasReferenceDocument
                ? "样式、页面设置和页脚取自模板集中的 样式参考.docx。"
                : "模板集中没有 样式参考.docx：样式和页面设置取自 manifest.json 的 layout。");
            if (PdfExporter.FindLibreOffice() is null)
            {
                console.Out.WriteLine("未找到 LibreOffice（soffice），未生成 PDF；可用 Word 或 WPS 打开上面的 .docx 查看。");
                return ExitCodes.Success;
            }
            var pdfs = PdfExporter.Convert([path], target);
            if (pdfs.TryGetValue(path, out var pdf) && File.Exists(pdf))
            {
                console.Out.WriteLine($"已生成 PDF：{pdf}");
                return ExitCodes.Success;
            }
            console.Error.WriteLine("LibreOffice 未能把预览转换为 PDF；.docx 已生成，可用 Word 或 WPS 打开查看。");
            return ExitCodes.Warnings;
        }));
        return command;
    }
}
