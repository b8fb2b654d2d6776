using System.Text;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

/// <summary>perfeval fix through the real process: shows, asks, and rewrites only what it showed.</summary>
public class FixCommandTests
{
    [Fact]
    public void Fix_with_yes_changes_only_the_flagged_strings_and_keeps_every_other_byte()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "unit.json");
        // CRLF line endings, a BOM, odd indentation, an escaped character and numbers spelled unusually: all must survive.
        var original = "{\r\n\t\"duties\" : [ {\"text\":\"一是增加;二是调动\"},\r\n   {\"text\": \"编制15 名\\u3002\"} ],\r\n  \"n\": 1.50e0, \"ok\": \"不变,保留\\/原样\"\r\n}\r\n";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(original)).ToArray();
        File.WriteAllBytes(path, bytes);

        var run = Support.Cli.Run(temp.Path, "fix", "unit.json", "--yes");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("unit.json(2,", run.StandardOutput);
        Assert.Contains("原：一是增加;二是调动", run.StandardOutput);
        Assert.Contains("改：一是增加；二是调动", run.StandardOutput);

        var after = File.ReadAllBytes(path);
        var expected = original
            .Replace("\"一是增加;二是调动\"", "\"一是增加；二是调动\"")
            .Replace("\"编制15 名\\u3002\"", "\"编制15名。\"")
            .Replace("\"不变,保留\\/原样\"", "\"不变，保留/原样\"");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(expected)), after);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories).Concat(Directory.GetFiles(temp.Path, ".*")));

        var again = Support.Cli.Run(temp.Path, "fix", "unit.json");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("没有需要改正的排版问题", again.StandardOutput);
    }

    [Fact]
    public void Without_yes_and_without_a_terminal_it_shows_the_changes_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "unit.json");
        File.Copy(RepoPaths.Example("yueyanglou-2023.json"), path);
        var before = File.ReadAllBytes(path);
        var run = Support.Cli.Run(temp.Path, "fix", "unit.json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("共 31 处改动", run.StandardOutput);
        Assert.Contains("标准输入不是终端", run.StandardOutput);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_is_not_JSON_is_refused_in_Chinese_and_left_alone()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "unit.json");
        File.WriteAllText(path, "{\"a\": \"一是;二是\",");
        var run = Support.Cli.Run(temp.Path, "fix", "unit.json", "--yes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PE537", run.StandardError);
        Assert.Contains("不是有效的 JSON", run.StandardError);
        Assert.Equal("{\"a\": \"一是;二是\",", File.ReadAllText(path));
    }

    [Fact]
    public void Validate_reports_the_typography_warnings_with_their_place()
    {
        using var temp = new TempDirectory();
        var run = Support.Cli.Run(temp.Path, "validate", RepoPaths.Example("yuehu-2019.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("yuehu-2019.json(20,41): warning PE531", run.StandardOutput);
        Assert.Contains("共 0 个错误，27 个警告。", run.StandardOutput);
    }
}
