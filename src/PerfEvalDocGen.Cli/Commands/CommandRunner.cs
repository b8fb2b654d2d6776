using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>Runs a command body, turning user mistakes into printed diagnostics and exit codes, never stack traces.</summary>
internal static class CommandRunner
{
    public static int Run(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (PerfEvalException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                console.Error.WriteLine(diagnostic);
            }
            return e.Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.Errors : ExitCodes.Warnings;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"perfeval: error PE400: 无法写入输出：{PerfEvalDocGen.Storage.WriteFailure.Describe(e)}。");
            return ExitCodes.Errors;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"perfeval: error PE999: 内部错误（请将此信息和数据文件一并反馈）：{e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
