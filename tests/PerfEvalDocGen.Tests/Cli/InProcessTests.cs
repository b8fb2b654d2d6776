using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

/// <summary>
/// Most CLI tests run the commands inside the test process; this checks that doing so changes nothing a user sees:
/// the same standard output, standard error and exit code, byte for byte, as the real process.
/// </summary>
public class InProcessTests
{
    public static TheoryData<string[]> CommandLines() =>
    [
        // Warnings only (exit 1), text and JSON; errors with positions (exit 2); a refused generate; a missing file;
        // a written package; a listing. (The parser's help and --version name the entry assembly, here the test host.)
        ["validate", RepoPaths.Example("yueyanglou-2023.json")],
        ["validate", "--format", "json", Bad("12-unknown-field-in-array.json"), Bad("01-missing-comma.json")],
        ["generate", "bad.json", "-o", "out"],
        ["validate", "missing.json"],
        ["generate", RepoPaths.Example("qingshuitang-2020.json"), "-o", "out"],
        ["templates", "list"],
    ];

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void A_command_run_in_process_prints_and_exits_exactly_as_the_process_does(string[] arguments)
    {
        using var temp = new TempDirectory();
        File.Copy(Bad("47-basic-breakdown.json"), temp.File("bad.json"));
        var process = Support.Cli.RunProcess(temp.Path, arguments);
        var inProcess = Support.Cli.Run(temp.Path, arguments);
        Assert.Equal(process.ExitCode, inProcess.ExitCode);
        Assert.Equal(process.StandardOutput, inProcess.StandardOutput);
        Assert.Equal(process.StandardError, inProcess.StandardError);
        Assert.False(string.IsNullOrEmpty(process.StandardOutput + process.StandardError));
    }

    private static string Bad(string name) => Path.Combine(RepoPaths.Fixtures, "bad", name);
}
