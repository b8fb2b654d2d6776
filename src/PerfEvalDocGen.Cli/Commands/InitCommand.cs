using System.CommandLine;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Schema;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval init [--unit NAME] [--year YYYY] [-o FILE]</c>: writes a starter data file and the schema beside it.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var unit = new Option<string>("--unit") { Description = "单位名称" };
        var year = new Option<int>("--year") { Description = "评价年度（默认为上一年）", DefaultValueFactory = _ => DateTime.Today.Year - 1 };
        var output = new Option<FileInfo>("--output", "-o") { Description = "数据文件路径（默认为 单位名称+年度.json）" };
        var force = new Option<bool>("--force") { Description = "覆盖已存在的文件" };
        var command = new Command("init", "生成一个待填写的数据文件（含全部栏目和占位内容）") { unit, year, output, force };
        command.SetAction(result => CommandRunner.Run(console, () =>
        {
            var name = result.GetValue(unit);
            var path = result.GetValue(output)?.FullName
                ?? Path.Combine(Directory.GetCurrentDirectory(), SafeFileName.From($"{name ?? "单位"}{result.GetValue(year)}") + ".json");
            if (File.Exists(path) && !result.GetValue(force))
            {
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE401", "文件已存在，未覆盖。", path, Suggestion: "换一个文件名，或加 --force 覆盖。"));
            }
            var directory = Path.GetDirectoryName(path)!;
            AtomicFile.Write(Path.Combine(directory, SchemaWriter.FileName), System.Text.Encoding.UTF8.GetBytes(SchemaWriter.Write()));
            AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(StarterData.Write(name, result.GetValue(year), "./" + SchemaWriter.FileName)));
            console.Out.WriteLine($"已生成待填写的数据文件：{path}");
            console.Out.WriteLine("填写【请填写…】处和各项金额后，运行 perfeval validate 检查还缺什么。");
            return ExitCodes.Success;
        }));
        return command;
    }
}
