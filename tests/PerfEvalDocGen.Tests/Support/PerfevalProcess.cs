using System.Diagnostics;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>Starts the real perfeval command without waiting for it, for tests that kill it part-way.</summary>
internal static class PerfevalProcess
{
    public static Process Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "perfeval.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        // Drained so a full pipe never blocks the process before it is killed.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
