using System.CommandLine;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval generate DATA.json [-o DIR] [--templates DIR] [--strict]</c>: checks the data, then writes the package.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var data = new Argument<FileInfo>("DATA") { Description = "单位数据文件（JSON）" };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "输出目录（默认为当前目录）" };
        var templates = CommonOptions.Templates();
        var strict = CommonOptions.Strict();
        var tolerance = CommonOptions.Tolerance();
        var command = new Command("generate", "检查数据并生成整体支出绩效自评材料（.docx）") { data, output, templates, strict, tolerance };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            TemplateSet.PreferInterpretation = true;
            var set = CommonOptions.LoadTemplates(result.GetValue(templates));
            var options = new ValidationOptions { Strict = result.GetValue(strict), Tolerance = result.GetValue(tolerance) };
            var file = Path.GetRelativePath(Directory.GetCurrentDirectory(), result.GetValue(data)!.FullName);
            var validation = ReportValidator.ValidateFile(file, options, set);
            DiagnosticPrinter.Text(Console.Error, validation.Diagnostics);
            if (validation.Data is null)
            {
                Console.Error.WriteLine("数据有错误，未生成文档。");
                return ExitCodes.Errors;
            }
            var directory = result.GetValue(output)?.FullName ?? Directory.GetCurrentDirectory();
            var path = new ReportGenerator(set).WriteTo(validation.Data, directory);
            Console.WriteLine($"已生成：{path}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
