using System.CommandLine;
using System.CommandLine.Help;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>
/// The help text (<c>--help</c>) in Chinese: usage, description, arguments, options and subcommands, with the
/// descriptions the commands declare. The parser's own help writes its headings and its options' descriptions in
/// English in every culture.
/// </summary>
internal static class ChineseHelp
{
    /// <summary>Makes every <c>--help</c> under <paramref name="root"/> print the Chinese help.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Description = "显示此命令的说明";
        var version = root.Options.OfType<VersionOption>().SingleOrDefault();
        if (version is not null)
        {
            version.Description = "显示版本号";
        }
        help.Action = new ChineseHelpAction();
    }

    /// <summary>Writes the help of <paramref name="command"/>.</summary>
    public static void Write(Command command, TextWriter output)
    {
        var sections = new List<string>();
        sections.Add($"用法：\n  {Usage(command)}\n");
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            sections.Add($"说明：\n  {command.Description}\n");
        }
        sections.Add(Section("参数：", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description))));
        // The command's own options, then those it inherits (--help on every command).
        var options = command.Options.Concat(Ancestors(command).Skip(1).SelectMany(c => c.Options).Where(o => o.Recursive));
        sections.Add(Section("选项：", options.Where(o => !o.Hidden).Distinct().Select(o => (OptionLabel(o), o.Required ? $"{o.Description}（必填）" : o.Description))));
        sections.Add(Section("命令：", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description))));
        output.Write(string.Join("\n", sections.Where(s => s.Length > 0)));
    }

    /// <summary>The command as typed, from perfeval down: <c>perfeval templates export</c>.</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string> { command.Name };
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, parent.Name);
        }
        names[0] = "perfeval";
        return string.Join(" ", names);
    }

    /// <summary>One line saying how <paramref name="command"/> is written: <c>perfeval generate &lt;DATA&gt; [选项]</c>.</summary>
    public static string Usage(Command command)
    {
        var parts = new List<string> { CommandPath(command) };
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            parts.Add("<命令>");
        }
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var label = $"<{argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "…" : "");
            parts.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label);
        }
        parts.Add("[选项]");
        return string.Join(" ", parts);
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return current;
        }
    }

    private static string OptionLabel(Option option)
    {
        // Only the Unix spellings (-h, --help): the parser's /? and -? also work but would only crowd the list.
        var names = option.Aliases.Append(option.Name).Distinct().Where(n => n.StartsWith('-') && n != "-?")
            .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        return option.ValueType == typeof(bool) || option is HelpOption or VersionOption ? label : $"{label} <{ValueName(option.ValueType)}>";
    }

    private static string ValueName(Type type) =>
        type == typeof(int) || type == typeof(int?) ? "整数"
        : type == typeof(decimal) || type == typeof(decimal?) || type == typeof(double) ? "数字"
        : type == typeof(DirectoryInfo) ? "目录"
        : type == typeof(FileInfo) ? "文件"
        : "值";

    private static string Section(string title, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return "";
        }
        var width = list.Max(r => Width(r.Label));
        var lines = list.Select(r => $"  {r.Label}{new string(' ', width - Width(r.Label) + 2)}{r.Description}".TrimEnd());
        return title + "\n" + string.Join("\n", lines) + "\n";
    }

    // Display columns: a CJK character takes two.
    private static int Width(string text) => text.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xFFDC)) ? 2 : 1);
}
