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
        // Only the characters concerned change; the escapes \u3002 and \/ in the changed strings stay as spelled.
        var expected = original
            .Replace("\"一是增加;二是调动\"", "\"一是增加；二是调动\"")
            .Replace("\"编制15 名\\u3002\"", "\"编制15名\\u3002\"")
            .Replace("\"不变,保留\\/原样\"", "\"不变，保留\\/原样\"");
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
        File.WriteAllText(path, WithSlips(out _));
        var before = File.ReadAllBytes(path);
        var run = Support.Cli.Run(temp.Path, "fix", "unit.json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("共 3 处改动", run.StandardOutput);
        Assert.Contains("标准输入不是终端", run.StandardOutput);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("y", 0, "{\"a\": \"一是；二是\"}")]
    [InlineData("n", 1, "{\"a\": \"一是;二是\"}")]
    [InlineData("", 1, "{\"a\": \"一是;二是\"}")]
    public void On_a_terminal_it_asks_and_writes_only_on_yes(string answer, int exitCode, string after)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "unit.json");
        File.WriteAllText(path, "{\"a\": \"一是;二是\"}");
        // script(1) gives the process a real terminal; the answer is typed ahead into it.
        var perfeval = Path.Combine(AppContext.BaseDirectory, "perfeval.dll");
        var run = ProcessRunner.Run("sh", ["-c", $"printf '{answer}\\n' | script -qec \"dotnet '{perfeval}' fix unit.json\" /dev/null"], temp.Path);
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains("改写文件？(y/N)", run.StandardOutput);
        Assert.Contains(exitCode == 0 ? "已改写 unit.json（1 处）" : "未修改文件", run.StandardOutput);
        Assert.Equal(after, File.ReadAllText(path));
    }

    [Fact]
    public void The_file_is_replaced_whole_through_a_rename_never_rewritten_in_place()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "unit.json");
        File.WriteAllText(path, WithSlips(out _));
        var before = File.ReadAllBytes(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }
        // A reader that opened the file before the fix still reads the old file to its end: the new content went to a
        // new file renamed over the name, so no reader (and no crash) ever sees half of each.
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var run = Support.Cli.Run(temp.Path, "fix", "unit.json", "--yes");
        Assert.Equal(0, run.ExitCode);
        var old = new byte[before.Length + 16];
        Assert.Equal(before.Length, reader.Read(old));
        Assert.Equal(before, old[..before.Length]);
        Assert.NotEqual(before, File.ReadAllBytes(path));
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => Path.GetFileName(f) != "unit.json");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_file_changed_after_the_changes_were_listed_is_not_overwritten()
    {
        // The user edits the file in another window while fix waits for the answer: the edit must not be lost.
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "unit.json");
        File.WriteAllText(path, "{\"a\": \"一是;二是\"}");
        var fix = PerfEvalDocGen.Validation.Typography.TypographyFix.ReadFile(path, "unit.json");
        Assert.Single(fix.Edits);
        File.WriteAllText(path, "{\"a\": \"另行改过;\"}");
        var error = Assert.Throws<PerfEvalDocGen.Diagnostics.PerfEvalException>(fix.Write);
        var d = Assert.Single(error.Diagnostics);
        Assert.Equal("PE537", d.Code);
        Assert.Contains("又被改动过", d.Message, StringComparison.Ordinal);
        Assert.Equal("{\"a\": \"另行改过;\"}", File.ReadAllText(path));
        Assert.Equal(["unit.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_data_file_behind_a_link_is_fixed_and_the_link_stays()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "data"));
        var target = Path.Combine(temp.Path, "data", "real.json");
        File.WriteAllText(target, WithSlips(out var expected));
        var link = Path.Combine(temp.Path, "unit.json");
        File.CreateSymbolicLink(link, target);
        var run = Support.Cli.Run(temp.Path, "fix", "unit.json", "--yes");
        Assert.Equal(0, run.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(expected, File.ReadAllText(target));
    }

    [Theory]
    [InlineData("gbk", "不是 UTF-8 编码")]
    [InlineData("comment", "不是有效的 JSON")]
    [InlineData("truncated", "不是有效的 JSON")]
    [InlineData("folder", "这是一个文件夹")]
    [InlineData("missing", "找不到数据文件")]
    public void A_file_it_cannot_fix_safely_is_refused_in_Chinese_and_left_alone(string kind, string message)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "unit.json");
        byte[]? content = kind switch
        {
            // "一是;二是" in GBK: valid JSON bytes around text that is not UTF-8.
            "gbk" => [(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xD2, 0xBB, 0xCA, 0xC7, (byte)';', 0xB6, 0xFE, 0xCA, 0xC7, (byte)'"', (byte)'}'],
            "comment" => Encoding.UTF8.GetBytes("{\n  // 备注\n  \"a\": \"一是;二是\"\n}"),
            "truncated" => Encoding.UTF8.GetBytes("{\"a\": \"一是;二是\","),
            _ => null,
        };
        if (content is not null)
        {
            File.WriteAllBytes(path, content);
        }
        else if (kind == "folder")
        {
            Directory.CreateDirectory(path);
        }
        var run = Support.Cli.Run(temp.Path, "fix", "unit.json", "--yes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error PE537", run.StandardError);
        Assert.Contains(message, run.StandardError);
        Assert.DoesNotContain("Exception", run.StandardError);
        Assert.DoesNotContain("   at ", run.StandardError);
        if (content is not null)
        {
            Assert.Equal(content, File.ReadAllBytes(path));
        }
        if (kind == "comment")
        {
            // Where the first thing validate would refuse is.
            Assert.Contains("unit.json(2,3): error PE537", run.StandardError);
        }
        // Nothing written beside it either (no temporary file left).
        Assert.Equal(kind == "missing" ? [] : ["unit.json"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Validate_reports_the_typography_warnings_with_their_place()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "unit.json");
        var text = WithSlips(out _);
        File.WriteAllText(path, text);
        var run = Support.Cli.Run(temp.Path, "validate", "unit.json");
        Assert.Equal(1, run.ExitCode);
        var at = text.IndexOf("增加;", StringComparison.Ordinal) + 2;
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at - 1);
        Assert.Contains($"unit.json({line},{column}): warning PE531: 中文里用了半角标点“;”", run.StandardOutput);
        // The ": " slip ends its text, so the space is also a trailing one (PE146); fix removes both.
        Assert.Contains("warning PE146:", run.StandardOutput);
        Assert.Contains("共 0 个错误，4 个警告。", run.StandardOutput);
    }

    // An example unit with three slips typed in (a ";" in Chinese text, a ": " after Chinese text, a figure typed with
    // spaces around it before its unit); <paramref name="fixedText"/> is the file as fix should leave it.
    private static string WithSlips(out string fixedText)
    {
        var clean = File.ReadAllText(RepoPaths.Example("yuehu-2019.json"));
        var slips = new (string Clean, string Slip)[]
        {
            ("退休人员增加；", "退休人员增加;"),
            ("评价情况如下：", "评价情况如下: "),
        };
        var text = clean;
        foreach (var (c, slip) in slips)
        {
            var at = text.IndexOf(c, StringComparison.Ordinal);
            Assert.True(at >= 0, c);
            text = text[..at] + slip + text[(at + c.Length)..];
        }
        var split = System.Text.RegularExpressions.Regex.Match(text, @"[\u4e00-\u9fff](\d+(?:\.\d+)?)万元");
        Assert.True(split.Success);
        text = text[..split.Groups[1].Index] + " " + split.Groups[1].Value + " " + text[(split.Groups[1].Index + split.Groups[1].Length)..];
        fixedText = clean;
        return text;
    }
}
