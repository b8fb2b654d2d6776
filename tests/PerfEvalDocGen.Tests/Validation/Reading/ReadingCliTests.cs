using System.Text;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>The real perfeval process on files that are not standard JSON or not UTF-8: validate and generate exit 2, nothing is written.</summary>
public class ReadingCliTests
{
    private static string Example => File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json"));

    public static TheoryData<string, string, string> Slips() => new()
    {
        { "\"staffInService\": 97", "\"staffInService\": 055", "error PE130: 055 不是有效的数字写法：数字不能以 0 开头，是否应为 55？" },
        { "\"staffInService\": 97", "\"staffInService\": 0x37", "error PE130: 0x37 不是有效的数字写法" },
        { "\"staffInService\": 97", "\"staffInService\": 1e400", "error PE134: 数值 1e400 超出可处理的范围" },
        { "\"staffInService\": 97,", "\"staffInService\": 97，", "error PE133: 此处是全角逗号" },
        { "\"staffInService\": 97,", "\"staffInService\": 97, // 在职", "error PE135: JSON 不允许注释" },
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void Validate_and_generate_refuse_the_file_at_its_first_character(string original, string typed, string expected)
    {
        using var temp = new TempDirectory();
        var text = Example;
        Assert.Contains(original, text);
        var at = text.IndexOf(original, StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - (text.LastIndexOf('\n', at) + 1) + 1 + original.IndexOf(':') + 2;
        File.WriteAllText(temp.File("unit.json"), text.Remove(at, original.Length).Insert(at, typed), new UTF8Encoding(false));
        var validate = Support.Cli.Run(temp.Path, "validate", "unit.json");
        Assert.Equal(2, validate.ExitCode);
        var position = typed.Contains('，') ? column + 2 : typed.Contains("//") ? column + 4 : column;
        Assert.Contains($"unit.json({line},{position}): {expected}", validate.StandardOutput);
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(output);
        var generate = Support.Cli.Run(temp.Path, "generate", "unit.json", "-o", output);
        Assert.Equal(2, generate.ExitCode);
        Assert.Contains(expected, generate.StandardError);
        Assert.Contains("未生成文档", generate.StandardError);
        Assert.Empty(Directory.GetFileSystemEntries(output));
        Assert.DoesNotContain("   at ", validate.StandardOutput + generate.StandardError);
    }

    [Fact]
    public void A_gbk_file_is_refused_and_a_utf16_file_is_generated_under_its_right_name()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("gbk.json"), EncodingTests.Encode(Example, "gb18030"));
        File.WriteAllBytes(temp.File("utf16.json"), EncodingTests.Encode(Example, "utf-16le"));
        File.WriteAllText(temp.File("utf8.json"), Example, new UTF8Encoding(false));
        foreach (var (name, folder) in new[] { ("gbk.json", "a"), ("utf16.json", "b"), ("utf8.json", "c") })
        {
            Directory.CreateDirectory(temp.File(folder));
            Support.Cli.Run(temp.Path, "generate", name, "-o", folder);
        }
        Assert.Empty(Directory.GetFiles(temp.File("a")));
        var fromUtf16 = Path.GetFileName(Assert.Single(Directory.GetFiles(temp.File("b"))));
        var fromUtf8 = Path.GetFileName(Assert.Single(Directory.GetFiles(temp.File("c"))));
        Assert.Equal(fromUtf8, fromUtf16);
        Assert.Contains("岳阳楼", fromUtf16);

        var gbk = Support.Cli.Run(temp.Path, "validate", "gbk.json");
        Assert.Equal(2, gbk.ExitCode);
        Assert.Contains("error PE138: 文件不是 UTF-8 编码：看起来是 GBK/GB18030 编码", gbk.StandardOutput);
        var utf16 = Support.Cli.Run(temp.Path, "validate", "utf16.json");
        Assert.Equal(1, utf16.ExitCode);
        Assert.Contains("warning PE139: 文件以 UTF-16（小端，无 BOM） 编码保存", utf16.StandardOutput);

        // The batch reads files the same way: the GBK unit fails with the same message, the UTF-16 one is generated.
        Directory.CreateDirectory(temp.File("in"));
        File.Move(temp.File("gbk.json"), temp.File("in/gbk.json"));
        File.Move(temp.File("utf16.json"), temp.File("in/utf16.json"));
        var batch = Support.Cli.Run(temp.Path, "batch", "in", "-o", "batch-out");
        Assert.Contains("PE138", batch.StandardOutput + batch.StandardError);
        Assert.Equal([fromUtf8], Directory.GetFiles(temp.File("batch-out"), "*.docx").Select(Path.GetFileName));
    }

    [Fact]
    public void Missing_files_folders_and_odd_paths_are_reported_in_Chinese()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("folder.json"));
        // A FIFO (never written to) and a device would hang or never end if opened: they are refused unopened.
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [temp.File("fifo.json")]).ExitCode);
        foreach (var (path, expected) in new[] { ("missing.json", "数据文件不存在"), ("folder.json", "这是一个文件夹"), ("no/such/dir/x.json", "数据文件不存在"),
            ("fifo.json", "不是普通文件"), ("/dev/zero", "不是普通文件") })
        {
            var result = Support.Cli.Run(temp.Path, "validate", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(expected, result.StandardOutput);
            Assert.Matches(@"error PE10[01]: ", result.StandardOutput);
            Assert.DoesNotContain("Could not", result.StandardOutput + result.StandardError);
            var generate = Support.Cli.Run(temp.Path, "generate", path, "-o", temp.Path);
            Assert.Equal(2, generate.ExitCode);
            Assert.Contains(expected, generate.StandardError);
        }
    }

    [Fact]
    public void Thousands_of_diagnostics_are_capped_with_a_count_of_the_rest()
    {
        using var temp = new TempDirectory();
        var duties = string.Join(",\n", Enumerable.Range(0, 500).Select(i => $"{{ \"office\": \"科室{i}\", \"text\": \"职责\", \"extra\": {i} }}"));
        File.WriteAllText(temp.File("many.json"), "{ \"unit\": { \"name\": \"某街道\", \"year\": 2023 },\n \"duties\": [\n" + duties + "\n] }");
        var result = Support.Cli.Run(temp.Path, "validate", "many.json");
        Assert.Equal(2, result.ExitCode);
        var printed = result.StandardOutput.Split('\n').Count(l => l.Contains(": error PE", StringComparison.Ordinal));
        Assert.Equal(200, printed);
        Assert.Matches(@"另有 \d+ 条诊断未显示（共 \d+ 条", result.StandardOutput);
        Assert.Contains("共 ", result.StandardOutput.Split('\n').Last(l => l.Length > 0));
    }
}
