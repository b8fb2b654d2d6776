using System.CommandLine;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval validate DATA.json… [--format json] [--strict]</c>: exit 0 clean, 1 warnings only, 2 errors.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<FileInfo[]>("DATA") { Description = "要检查的数据文件（JSON），可多个", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format();
        var strict = CommonOptions.Strict();
        var tolerance = CommonOptions.Tolerance();
        var templates = CommonOptions.Templates();
        var command = new Command("validate", "检查数据文件，不生成文档") { files, format, strict, tolerance, templates };
        command.SetAction(result => CommandRunner.Run(console, () =>
        {
            var options = new ValidationOptions { Strict = result.GetValue(strict), Tolerance = result.GetValue(tolerance), Typography = true };
            var set = CommonOptions.LoadTemplates(result.GetValue(templates));
            var json = result.GetValue(format) == "json";
            var all = new List<PerfEvalDocGen.Diagnostics.Diagnostic>();
            var reports = new JArray();
            foreach (var file in result.GetValue(files)!)
            {
                var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), file.FullName);
                var validation = ReportValidator.ValidateFile(name, options, set);
                all.AddRange(validation.Diagnostics);
                if (json)
                {
                    reports.Add(DiagnosticPrinter.Json(name, validation.Diagnostics));
                }
                else
                {
                    DiagnosticPrinter.Text(console.Out, validation.Diagnostics);
                }
            }
            if (json)
            {
                console.Out.WriteLine(DiagnosticPrinter.Serialize(reports));
            }
            else
            {
                var errors = all.Count(d => d.Severity == PerfEvalDocGen.Diagnostics.Severity.Error);
                console.Out.WriteLine(all.Count == 0 ? "检查通过，未发现问题。" : $"共 {errors} 个错误，{all.Count - errors} 个警告。");
            }
            return DiagnosticPrinter.ExitCode(all);
        }));
        return command;
    }
}
