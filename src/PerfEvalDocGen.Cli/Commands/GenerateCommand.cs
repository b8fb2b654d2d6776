using System.CommandLine;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval generate DATA.json [-o DIR] [--templates DIR]</c>.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var data = new Argument<FileInfo>("DATA") { Description = "单位数据文件（JSON）" };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "输出目录（默认为当前目录）" };
        var templates = new Option<DirectoryInfo>("--templates") { Description = "使用此目录中的模板集，而非内置模板" };
        var command = new Command("generate", "生成整体支出绩效自评材料（.docx）") { data, output, templates };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var report = ReportLoader.LoadFile(result.GetValue(data)!.FullName);
            var set = result.GetValue(templates) is { } dir ? TemplateSet.FromDirectory(dir.FullName) : null;
            var directory = result.GetValue(output)?.FullName ?? Directory.GetCurrentDirectory();
            var path = new ReportGenerator(set).WriteTo(report, directory);
            Console.WriteLine($"已生成：{path}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
