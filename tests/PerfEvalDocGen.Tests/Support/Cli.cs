namespace PerfEvalDocGen.Tests.Support;

/// <summary>Runs the real perfeval command as its own process.</summary>
internal static class Cli
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "perfeval.dll");

    public static ProcessRunner.Result Run(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run("dotnet", [Assembly, .. arguments], workingDirectory);
}
