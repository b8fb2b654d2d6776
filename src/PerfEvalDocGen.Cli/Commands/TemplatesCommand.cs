using System.CommandLine;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval templates list</c>, <c>export NAME DIR</c>, <c>check DIR</c> and <c>preview DIR</c>, for template maintainers.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var list = new Command("list", "列出内置模板集");
        list.SetAction(_ => CommandRunner.Run(console, () =>
        {
            foreach (var name in TemplateSet.EmbeddedNames)
            {
                var manifest = TemplateSet.EmbeddedManifest(name);
                console.Out.WriteLine($"{name}\t{manifest.Description}");
            }
            return ExitCodes.Success;
        }));

        var name = new Argument<string>("NAME") { Description = "内置模板集名称（见 perfeval templates list）" };
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "导出到的目录" };
        var force = new Option<bool>("--force") { Description = "目录非空时仍然写入（覆盖同名文件）" };
        var export = new Command("export", "把内置模板集导出到目录，修改后用 --templates 目录 使用") { name, directory, force };
        export.SetAction(result => CommandRunner.Run(console, () =>
        {
            var target = result.GetValue(directory)!.FullName;
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !result.GetValue(force))
            {
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE401", "目标目录不为空，未导出。", target, Suggestion: "换一个空目录，或加 --force。"));
            }
            var files = PerfEvalDocGen.Generation.TemplateExport.Export(result.GetValue(name)!, target);
            console.Out.WriteLine($"已导出 {files.Count} 个文件到：{target}");
            return ExitCodes.Success;
        }));
        var checkDirectory = new Argument<DirectoryInfo>("DIR") { Description = "要检查的模板集目录" };
        var format = CommonOptions.Format();
        var check = new Command("check", "检查模板集（不需要数据）：模板语法、未知的数据名和函数、附表描述、引用而缺失的文件；退出码 0 无问题，1 只有警告，2 有错误") { checkDirectory, format };
        check.SetAction(result => CommandRunner.Run(console, () =>
        {
            var target = result.GetValue(checkDirectory)!.FullName;
            var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), target);
            var found = PerfEvalDocGen.TemplateCheck.TemplateSetCheck.Check(shown.StartsWith("..", StringComparison.Ordinal) ? target : shown);
            if (result.GetValue(format) == "json")
            {
                console.Out.WriteLine(DiagnosticPrinter.Serialize(DiagnosticPrinter.Json(shown, found)));
            }
            else
            {
                DiagnosticPrinter.Text(console.Out, found);
                var errors = found.Count(d => d.Severity == Severity.Error);
                console.Out.WriteLine(found.Count == 0 ? "模板集检查通过，未发现问题。" : $"共 {errors} 个错误，{found.Count - errors} 个警告。");
            }
            return DiagnosticPrinter.ExitCode(found);
        }));
        return new Command("templates", "模板集维护：列出、导出、检查、预览") { list, export, check, TemplatesPreview.Create(console) };
    }
}
