namespace PerfEvalDocGen.Cli.Commands;

/// <summary>The process exit codes every command shares.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Warnings = 1;
    public const int Errors = 2;
    public const int InternalError = 70;
}
