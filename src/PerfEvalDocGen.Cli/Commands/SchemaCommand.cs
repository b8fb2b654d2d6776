using System.CommandLine;
using PerfEvalDocGen.Schema;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary><c>perfeval schema</c>: prints the data format's JSON Schema.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "输出数据文件的 JSON Schema（供编辑器提示字段）");
        command.SetAction(_ =>
        {
            console.Out.Write(SchemaWriter.Write());
            return ExitCodes.Success;
        });
        return command;
    }
}
