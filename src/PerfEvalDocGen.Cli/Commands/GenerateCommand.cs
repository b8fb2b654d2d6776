using System.CommandLine;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval generate DATA.json [-o DIR] [--templates DIR] [--strict]</c>: checks the data, then writes the package.</summary>
internal static partial class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Argument<FileInfo>("DATA") { Description = "单位数据文件（JSON）" };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "输出目录（默认为当前目录）" };
        var templates = CommonOptions.Templates();
        var strict = CommonOptions.Strict();
        var tolerance = CommonOptions.Tolerance();
        var command = new Command("generate", "检查数据并生成整体支出绩效自评材料（.docx）") { data, output, templates, strict, tolerance };
        command.SetAction(result => CommandRunner.Run(console, () =>
        {
            var set = CommonOptions.LoadTemplates(result.GetValue(templates));
            var options = new ValidationOptions { Strict = result.GetValue(strict), Tolerance = result.GetValue(tolerance) };
            var file = Path.GetRelativePath(Directory.GetCurrentDirectory(), result.GetValue(data)!.FullName);
            // Compiling the templates and checking the data are both first-use heavy in a fresh process: on two cores
            // they overlap. (Generating on the second core too was slower: both threads then wait on the same start-up.)
            var preload = set is null ? Preload(file) : null;
            var validation = ReportValidator.ValidateFile(file, options, set);
            DiagnosticPrinter.Text(console.Error, validation.Diagnostics);
            if (validation.Data is null)
            {
                console.Error.WriteLine("数据有错误，未生成文档。");
                return ExitCodes.Errors;
            }
            var directory = result.GetValue(output)?.FullName ?? Directory.GetCurrentDirectory();
            if (preload?.Result is { } loaded && loaded.Manifest.Name == (validation.Data.TemplateSet ?? TemplateSet.DefaultName))
            {
                set = loaded;
            }
            string path;
            try
            {
                path = new ReportGenerator(set).WriteTo(validation.Data, directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine(new Diagnostic(Severity.Error, "PE400",
                    $"未生成：输出目录“{directory}”无法写入（{PerfEvalDocGen.Storage.WriteFailure.Describe(e)}）。", file,
                    Suggestion: "用 -o 指定一个可写的文件夹，或腾出磁盘空间、检查目录权限后重新运行；已有的报告未受影响。"));
                return ExitCodes.Errors;
            }
            console.Out.WriteLine($"已生成：{path}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Loads the built-in set the data file names (a quick look, not a parse) and its styles; null when it names none.</summary>
    private static Task<TemplateSet?> Preload(string file) => Task.Run(() =>
    {
        try
        {
            // A FIFO or a device has no length and would block or never end; the check that follows reports it.
            if (new FileInfo(file) is not { Exists: true, Length: > 0 and < 64 * 1024 * 1024 })
            {
                return null;
            }
            var match = TemplateSetName().Match(File.ReadAllText(file));
            var name = match.Success ? match.Groups[1].Value : TemplateSet.DefaultName;
            if (!TemplateSet.EmbeddedNames.Contains(name))
            {
                return null;
            }
            var set = TemplateSet.Embedded(name);
            ReportGenerator.Prepare(set);
            return set;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PerfEvalDocGen.Diagnostics.PerfEvalException)
        {
            // The checks that follow report the file or the set properly.
            return null;
        }
    });

    [System.Text.RegularExpressions.GeneratedRegex("\"templateSet\"\\s*:\\s*\"([^\"\\\\]+)\"")]
    private static partial System.Text.RegularExpressions.Regex TemplateSetName();
}
