using System.Globalization;
using PerfEvalDocGen.Cli.Commands;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>Runs the perfeval command: inside the test process (the default), or as a real process of its own.</summary>
internal static class Cli
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "perfeval.dll");

    // The command reads the working directory (relative paths, the default output folder), which is the process's:
    // in-process runs take turns.
    private static readonly Lock Gate = new();

    /// <summary>
    /// Runs the same commands as the perfeval process, with its output captured as a redirected standard output would
    /// be, in <paramref name="workingDirectory"/>. What differs from a real process: the entry assembly (so --version
    /// and the usage line of help name the test host) and file locks held by this process (POSIX locks are per process); use <see cref="RunProcess"/> for those.
    /// </summary>
    public static ProcessRunner.Result Run(string workingDirectory, params string[] arguments)
    {
        lock (Gate)
        {
            var directory = Environment.CurrentDirectory;
            var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            var output = new StringWriter(CultureInfo.InvariantCulture);
            var error = new StringWriter(CultureInfo.InvariantCulture);
            try
            {
                Environment.CurrentDirectory = workingDirectory;
                // As Program.cs sets them for the process.
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                CultureInfo.CurrentUICulture = Perfeval.ChineseInterface();
                // A batch reports each unit from its worker threads.
                var code = Perfeval.Run(arguments, CliConsole.Captured(TextWriter.Synchronized(output), TextWriter.Synchronized(error)));
                return new ProcessRunner.Result(code, output.ToString(), error.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = directory;
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            }
        }
    }

    /// <summary>Runs the real perfeval command as its own process.</summary>
    public static ProcessRunner.Result RunProcess(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run("dotnet", [Assembly, .. arguments], workingDirectory);
}
