using System.CommandLine;
using System.Text.RegularExpressions;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>
/// A command line the parser refused (an unknown command or option, a missing argument, a value of the wrong kind),
/// told in Chinese as PE001 with the command's usage, exit code 2. The parser's own messages are English in every
/// culture; each of its message patterns is matched here and said again in Chinese with the same names and values.
/// </summary>
internal static class UsageErrors
{
    private static readonly (Regex English, string Chinese)[] Messages =
    [
        (Pattern("Unrecognized command or argument '{0}'."), "无法识别的命令、选项或多余的参数“{0}”。"),
        (Pattern("'{0}' was not matched. Did you mean one of the following?{1}"), "“{0}”不是可用的命令或选项，是否应为：{1}？"),
        (Pattern("Required argument missing for command: '{0}'."), "命令“{0}”缺少必需的参数。"),
        (Pattern("Required command was not provided."), "请给出要执行的命令。"),
        (Pattern("Option '{0}' is required."), "必须给出选项“{0}”。"),
        (Pattern("Required argument missing for option: '{0}'."), "选项“{0}”后面缺少它的值。"),
        (Pattern("Option '{0}' expects a single argument but {1} were provided."), "选项“{0}”只能给一个值，实际给了 {1} 个。"),
        (Pattern("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'.{3}"), "选项“{1}”的值“{0}”无法识别：应为{2}。"),
        (Pattern("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'.{3}"), "命令“{1}”的参数“{0}”无法识别：应为{2}。"),
        (Pattern("Cannot parse argument '{0}' as expected type '{1}'."), "参数“{0}”无法识别：应为{1}。"),
        (Pattern("Argument '{0}' not recognized. Must be one of:{1}"), "参数“{0}”无法识别，只能是：{1}。"),
        (Pattern("File does not exist: '{0}'."), "文件不存在：“{0}”。"),
        (Pattern("Directory does not exist: '{0}'."), "目录不存在：“{0}”。"),
        (Pattern("File or directory does not exist: '{0}'."), "文件或目录不存在：“{0}”。"),
        (Pattern("Character not allowed in a file name: '{0}'."), "文件名中有不允许的字符：“{0}”。"),
        (Pattern("Character not allowed in a path: '{0}'."), "路径中有不允许的字符：“{0}”。"),
        (Pattern("Response file not found '{0}'."), "参数文件不存在：“{0}”。"),
        (Pattern("Error reading response file '{0}': {1}"), "无法读取参数文件“{0}”。"),
        (Pattern("{0} option cannot be combined with other arguments."), "{0} 不能与其他参数一起使用。"),
    ];

    /// <summary>
    /// Writes each of <paramref name="result"/>'s errors in Chinese, then the usage of the command they concern, to
    /// <paramref name="error"/>; false (nothing written) when the command line parsed, or when it asks for help.
    /// </summary>
    public static bool Report(ParseResult result, TextWriter error)
    {
        if (result.Action is ChineseHelpAction)
        {
            return false;
        }
        var command = result.CommandResult.Command;
        var messages = result.Errors.Select(e => e.Message).Concat(UnknownOptions(result)).ToList();
        if (messages.Count == 0)
        {
            return false;
        }
        foreach (var english in messages)
        {
            var message = Chinese(english);
            if (Unrecognized.Match(english) is { Success: true } unknown && Closest(command, unknown.Groups[1].Value) is { } meant)
            {
                message += $"是否应为“{meant}”？";
            }
            error.WriteLine($"perfeval: error PE001: {message}");
        }
        if (command.Name == "generate" && result.UnmatchedTokens.Any(File.Exists))
        {
            // generate *.json: the shell gave it several data files.
            error.WriteLine("generate 一次只处理一个数据文件；多个文件请用 perfeval batch 文件或目录… -o 输出目录。");
        }
        var name = ChineseHelp.CommandPath(command);
        error.WriteLine($"用法：{ChineseHelp.Usage(command)}");
        error.WriteLine($"用 {name} --help 查看{(command.Parents.Any() ? "此命令的" : "各命令的")}说明。");
        return true;
    }

    // A command that takes files (validate a.json --fromat json) reads an unknown option as one more file name: one that
    // starts with "-" and names no file is a mistyped option, not a missing data file.
    private static IEnumerable<string> UnknownOptions(ParseResult result) =>
        result.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .Where(v => v.Length > 1 && v[0] == '-' && !char.IsAsciiDigit(v[1]) && !File.Exists(v) && !Directory.Exists(v))
            .Select(v => $"Unrecognized command or argument '{v}'.");

    private static readonly Regex Unrecognized = Pattern("Unrecognized command or argument '{0}'.");

    // A subcommand or option of the command within two typing slips of what was typed (generat → generate, --strcit → --strict).
    private static string? Closest(Command command, string typed)
    {
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)
            .Concat(command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Append(o.Name)))
            .Where(n => n.StartsWith('-') == typed.StartsWith('-'));
        return names.Select(n => (Name: n, Distance: TextDistance.Distance(n, typed))).Where(c => c.Distance <= 2 && c.Distance < typed.Length)
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();
    }

    /// <summary><paramref name="message"/> (one of the parser's) in Chinese; unknown ones are kept, marked as the parser's.</summary>
    public static string Chinese(string message)
    {
        var text = message.ReplaceLineEndings("\n").Trim();
        if (text.Any(c => c is >= '\u4E00' and <= '\u9FFF'))
        {
            // One of the commands' own checks, already in Chinese.
            return text;
        }
        foreach (var (english, chinese) in Messages)
        {
            var match = english.Match(text);
            if (match.Success)
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, chinese,
                    match.Groups.Cast<Group>().Skip(1).Select(g => (object)Value(g.Value)).ToArray());
            }
        }
        return $"命令行有误：{text}";
    }

    // A captured value as it is printed: suggestions one per line become a list, .NET type names become words.
    private static string Value(string value)
    {
        var lines = value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > 1 || value.Contains('\n'))
        {
            return string.Join("、", lines.Select(l => $"“{l.Trim('\'')}”"));
        }
        return value switch
        {
            "System.Int32" or "System.Int64" or "System.Int16" => "整数",
            "System.Decimal" or "System.Double" or "System.Single" => "数字",
            "System.Boolean" => "true 或 false",
            "System.IO.FileInfo" => "文件路径",
            "System.IO.DirectoryInfo" => "目录路径",
            "System.String" => "文字",
            _ => value,
        };
    }

    private static Regex Pattern(string english)
    {
        var pattern = Regex.Escape(english);
        for (var i = 0; i < 4; i++)
        {
            pattern = pattern.Replace($"\\{{{i}}}", "(.*?)", StringComparison.Ordinal);
        }
        return new Regex($"^{pattern}$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
