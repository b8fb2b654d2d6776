using System.Text.RegularExpressions;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

/// <summary>A mistyped command line and --help speak Chinese, name what was typed, and a refused line exits 2.</summary>
public partial class CommandLineTextTests
{
    [Theory]
    [InlineData(new[] { "generate" }, "命令“generate”缺少必需的参数。", "perfeval generate <DATA> [选项]")]
    [InlineData(new[] { "generat", "a.json" }, "无法识别的命令、选项或多余的参数“generat”。是否应为“generate”？", "perfeval <命令> [选项]")]
    [InlineData(new[] { "validate", "a.json", "--fromat", "json" }, "“--fromat”。是否应为“--format”？", "perfeval validate <DATA>… [选项]")]
    [InlineData(new[] { "generate", "a.json", "--tolerance", "abc" }, "选项“--tolerance”的值“abc”无法识别：应为数字。", "perfeval generate <DATA> [选项]")]
    [InlineData(new[] { "validate", "a.json", "--tolerance", "-1" }, "容差 -1 不可用：容差不能为负数（默认 0.01 万元）。", "perfeval validate <DATA>… [选项]")]
    [InlineData(new[] { "generate", "a.json", "--tolerance", "5" }, "容差 5 不可用：最大为 1 万元（默认 0.01）", "perfeval generate <DATA> [选项]")]
    [InlineData(new[] { "validate", "a.json", "--format", "xml" }, "参数“xml”无法识别，只能是：“text”、“json”。", "perfeval validate <DATA>… [选项]")]
    [InlineData(new[] { "batch", "in" }, "必须给出选项“--output”。", "perfeval batch <INPUT>… [选项]")]
    [InlineData(new[] { "batch", "in", "-o", "out", "--jobs" }, "选项“--jobs”后面缺少它的值。", "perfeval batch <INPUT>… [选项]")]
    [InlineData(new[] { "templates", "export", "hunan-2023", "-o", "x" }, "无法识别的命令、选项或多余的参数“x”。", "perfeval templates export <NAME> <DIR> [选项]")]
    [InlineData(new string[0], "请给出要执行的命令。", "perfeval <命令> [选项]")]
    public void A_refused_command_line_is_told_in_Chinese_with_the_usage(string[] arguments, string message, string usage)
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.Run(temp.Path, arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("perfeval: error PE001: ", result.StandardError);
        Assert.Contains(message, result.StandardError);
        Assert.Contains($"用法：{usage}", result.StandardError);
        Assert.DoesNotMatch(EnglishSentence(), WithoutCommandNames(result.StandardError));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Generate_given_several_data_files_points_to_batch()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("a.json"), "{}");
        File.WriteAllText(temp.File("b.json"), "{}");
        var result = Support.Cli.Run(temp.Path, "generate", "a.json", "b.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("多余的参数“b.json”", result.StandardError);
        Assert.Contains("多个文件请用 perfeval batch", result.StandardError);
        Assert.Equal(2, Directory.GetFileSystemEntries(temp.Path).Length);
    }

    [Fact]
    public void Every_command_has_its_help_in_Chinese()
    {
        using var temp = new TempDirectory();
        string[][] commands =
        [
            [], ["generate"], ["validate"], ["fix"], ["init"], ["schema"], ["batch"], ["serve"],
            ["templates"], ["templates", "list"], ["templates", "export"], ["templates", "check"], ["templates", "preview"],
        ];
        foreach (var command in commands)
        {
            var result = Support.Cli.Run(temp.Path, [.. command, "--help"]);
            Assert.True(result.ExitCode == 0, result.StandardError);
            var help = result.StandardOutput;
            Assert.StartsWith($"用法：\n  {string.Join(" ", ["perfeval", .. command])}", help);
            Assert.Contains("选项：", help);
            Assert.Contains("-h, --help", help);
            Assert.DoesNotContain("Usage", help);
            Assert.DoesNotContain("Options:", help);
            Assert.DoesNotContain("[default:", help);
            Assert.DoesNotMatch(EnglishSentence(), WithoutCommandNames(help));
        }
    }

    [Fact]
    public void The_real_process_exits_2_on_a_mistyped_command()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.RunProcess(temp.Path, "valdate", "a.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("是否应为“validate”？", result.StandardError);
    }

    private static string WithoutCommandNames(string text) => CommandName().Replace(text, "");

    [GeneratedRegex("perfeval( [a-z]+)*")]
    private static partial Regex CommandName();

    // Three English words in a row: a sentence of the parser's own ("Show help and usage information").
    [GeneratedRegex(@"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")]
    private static partial Regex EnglishSentence();
}
