using Spectre.Console;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>
/// Where a command writes. Text goes to <see cref="Out"/> and <see cref="Error"/> unchanged (no wrapping or markup, so
/// what a script reads is the same byte for byte); <see cref="Ansi"/>, the same standard output as Spectre.Console sees
/// it, draws the batch's live progress bar. Injected so the commands can run inside a test process with captured text.
/// </summary>
internal sealed class CliConsole
{
    // Made on first use: working out the terminal's capabilities is start-up time a command that prints two lines does not need.
    private readonly Lazy<IAnsiConsole> ansi;

    private CliConsole(Func<IAnsiConsole> ansi) => this.ansi = new Lazy<IAnsiConsole>(ansi);

    /// <summary>Standard output for Spectre.Console's live displays.</summary>
    public IAnsiConsole Ansi => ansi.Value;

    /// <summary>Standard output.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input (a confirmation prompt reads it).</summary>
    public required TextReader In { get; init; }

    /// <summary>True when standard input is a file or a pipe, so nobody is there to answer a prompt.</summary>
    public required bool InputRedirected { get; init; }

    /// <summary>True when standard output goes to a file or a pipe rather than a terminal.</summary>
    public required bool OutputRedirected { get; init; }

    /// <summary>True when the commands own the process (Ctrl+C and termination handling are theirs to set up).</summary>
    public bool OwnsProcess { get; init; }

    /// <summary>A live progress bar only for a person at a terminal; logs and CI get one plain line per unit.</summary>
    public bool ShowsLiveProgress =>
        !OutputRedirected && Environment.GetEnvironmentVariable("CI") is null && Ansi.Profile.Capabilities.Interactive;

    /// <summary>The process's own standard output and error.</summary>
    public static CliConsole System() => new(() => AnsiConsole.Console)
    {
        In = Console.In,
        InputRedirected = Console.IsInputRedirected,
        Out = Console.Out,
        Error = Console.Error,
        OutputRedirected = Console.IsOutputRedirected,
        OwnsProcess = true,
    };

    /// <summary>Writers of the caller's (a test's), as output redirected to a file would be: no colours, no live display.</summary>
    public static CliConsole Captured(TextWriter output, TextWriter error) => new(() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    }))
    {
        In = TextReader.Null,
        InputRedirected = true,
        Out = output,
        Error = error,
        OutputRedirected = true,
    };
}
