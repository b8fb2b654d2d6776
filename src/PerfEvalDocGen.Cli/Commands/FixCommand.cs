using System.CommandLine;
using PerfEvalDocGen.Validation.Typography;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>
/// <c>perfeval fix DATA.json [--yes]</c>: shows the typography fixes (PE531–PE536) and, once confirmed, rewrites the file
/// in place, atomically, changing only the strings concerned. Exit 0 when fixed or nothing to fix, 1 when not confirmed.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("DATA") { Description = "要改正排版的数据文件（JSON）" };
        var yes = new Option<bool>("--yes", "-y") { Description = "不询问，直接改写文件" };
        var command = new Command("fix", "改正数据中的排版问题（半角标点、数字与单位分开等），先列出改动，确认后原地改写文件") { file, yes };
        command.SetAction(result => CommandRunner.Run(console, () =>
        {
            var info = result.GetValue(file)!;
            var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), info.FullName);
            var fix = TypographyFix.ReadFile(info.FullName, name);
            if (fix.Edits.Count == 0)
            {
                console.Out.WriteLine($"{name}：没有需要改正的排版问题。");
                return ExitCodes.Success;
            }
            foreach (var edit in fix.Edits)
            {
                console.Out.WriteLine($"{name}({edit.Line},{edit.Column}) {edit.Code} [{edit.JsonPath}]");
                console.Out.WriteLine($"  原：{edit.Before}");
                console.Out.WriteLine($"  改：{edit.After}");
            }
            console.Out.WriteLine($"共 {fix.Edits.Count} 处改动。");
            if (!result.GetValue(yes))
            {
                if (console.InputRedirected)
                {
                    console.Out.WriteLine("标准输入不是终端，无法确认，文件未修改。确认上面的改动无误后，加 --yes 再运行。");
                    return ExitCodes.Warnings;
                }
                console.Out.Write("改写文件？(y/N) ");
                var answer = console.In.ReadLine()?.Trim();
                if (answer is not ("y" or "Y" or "yes" or "是"))
                {
                    console.Out.WriteLine("未修改文件。");
                    return ExitCodes.Warnings;
                }
            }
            fix.Write();
            console.Out.WriteLine($"已改写 {name}（{fix.Edits.Count} 处）。");
            return ExitCodes.Success;
        }));
        return command;
    }
}
