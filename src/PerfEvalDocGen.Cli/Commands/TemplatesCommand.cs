using System.CommandLine;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval templates list</c>, <c>perfeval templates export NAME DIR</c> and <c>perfeval templates preview DIR</c>, for template maintainers.</summary>
internal static class TemplatesCommand
{
    public static Command Create()
    {
        var list = new Command("list", "列出内置模板集");
        list.SetAction(_ => CommandRunner.Run(() =>
        {
            foreach (var name in TemplateSet.EmbeddedNames)
            {
                var manifest = TemplateSet.Embedded(name).Manifest;
                Console.WriteLine($"{name}\t{manifest.Description}");
            }
            return ExitCodes.Success;
        }));

        var name = new Argument<string>("NAME") { Description = "内置模板集名称（见 perfeval templates list）" };
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "导出到的目录" };
        var force = new Option<bool>("--force") { Description = "目录非空时仍然写入（覆盖同名文件）" };
        var export = new Command("export", "把内置模板集导出到目录，修改后用 --templates 目录 使用") { name, directory, force };
        export.SetAction(result => CommandRunner.Run(() =>
        {
            var target = result.GetValue(directory)!.FullName;
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !result.GetValue(force))
            {
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE401", "目标目录不为空，未导出。", target, Suggestion: "换一个空目录，或加 --force。"));
            }
            var files = TemplateSet.ExportEmbedded(result.GetValue(name)!, target);
            Console.WriteLine($"已导出 {files.Count} 个文件到：{target}");
            return ExitCodes.Success;
        }));
        return new Command("templates", "模板集维护：列出、导出、预览") { list, export, TemplatesPreview.Create() };
    }
}
