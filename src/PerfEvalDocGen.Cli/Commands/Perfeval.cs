using System.CommandLine;
using System.Globalization;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>The perfeval command line: every command, writing to the console it is given.</summary>
internal static class Perfeval
{
    /// <summary>Parses <paramref name="args"/> and runs the command; its exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("perfeval：由 JSON 数据生成部门（单位）整体支出绩效自评材料（.docx）。")
        {
            GenerateCommand.Create(console),
            ValidateCommand.Create(console),
            FixCommand.Create(console),
            InitCommand.Create(console),
            SchemaCommand.Create(console),
            TemplatesCommand.Create(console),
            BatchCommand.Create(console),
            ServeCommand.Create(console),
        };
        // The parser's own text (help, a missing argument, --version) goes to the same writers as the commands'.
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        if (!console.OwnsProcess)
        {
            // Inside another process (a test), Ctrl+C and termination are not ours to handle.
            configuration.ProcessTerminationTimeout = null;
        }
        ChineseHelp.Install(root);
        // The parser's messages are read in its own neutral (English) wording and said again in Chinese by UsageErrors:
        // its satellite translations are partial, and found or not depending on the machine's globalization mode.
        var culture = CultureInfo.CurrentUICulture;
        ParseResult parsed;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            parsed = root.Parse(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
        // A refused command line is the user's mistake: told in Chinese, exit code 2 as for any error (1 would read as
        // "warnings only" to a script checking validate).
        if (UsageErrors.Report(parsed, console.Error))
        {
            return ExitCodes.Errors;
        }
        return parsed.Invoke(configuration);
    }

    /// <summary>
    /// The interface's culture: the users are Chinese finance staff, so text any library looks up by culture comes in
    /// Chinese where it has it. (The parser's own messages are not among them: they are read in English and translated
    /// by <see cref="UsageErrors"/> and <see cref="ChineseHelp"/>.) Only the culture's name is needed, so it works without
    /// ICU data (PredefinedCulturesOnly is off).
    /// </summary>
    public static CultureInfo ChineseInterface()
    {
        try
        {
            return CultureInfo.GetCultureInfo("zh-Hans");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
