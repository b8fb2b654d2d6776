using System.CommandLine;
using System.CommandLine.Invocation;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>The action of <c>--help</c>: the Chinese help (<see cref="ChineseHelp"/>) of the command it follows.</summary>
internal sealed class ChineseHelpAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ChineseHelp.Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Success;
    }
}
