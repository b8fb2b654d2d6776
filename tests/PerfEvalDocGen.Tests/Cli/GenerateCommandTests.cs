using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

public class GenerateCommandTests
{
    private const string Output = "岳阳楼区岳阳楼街道办事处2023年度整体支出绩效自评报告.docx";

    [Fact]
    public void Generate_writes_the_package_and_says_where()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.RunProcess(temp.Path, "generate", RepoPaths.Example("yueyanglou-2023.json"), "-o", temp.File("out"));
        Assert.True(result.ExitCode == 0, result.StandardError);
        var path = temp.File(Path.Combine("out", Output));
        Assert.True(File.Exists(path));
        Assert.Contains(path, result.StandardOutput);
        Assert.Empty(DocxReader.ValidationErrors(File.ReadAllBytes(path)));
    }

    [Fact]
    public void The_command_writes_exactly_the_package_the_library_generates()
    {
        using var temp = new TempDirectory();
        foreach (var example in Directory.GetFiles(RepoPaths.Examples, "*.json"))
        {
            var result = Support.Cli.Run(temp.Path, "generate", example, "-o", "out");
            Assert.True(result.ExitCode == 0, result.StandardError);
            var expected = new PerfEvalDocGen.Generation.ReportGenerator().Generate(PerfEvalDocGen.Loading.ReportLoader.LoadFile(example));
            Assert.Equal(expected.Content, File.ReadAllBytes(temp.File(Path.Combine("out", expected.FileName))));
        }
    }

    [Fact]
    public void A_syntax_error_is_located_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("bad.json"), "{\n  \"unit\": {\n    \"name\": \"某街道\",\n    \"year\": 2023,,\n  }\n}");
        var result = Support.Cli.Run(temp.Path, "generate", "bad.json", "-o", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"bad\.json\(4,\d+\): error PE101: ", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.False(Directory.Exists(temp.File("out")) && Directory.EnumerateFileSystemEntries(temp.File("out")).Any());
    }

    [Fact]
    public void An_unknown_field_is_reported_with_its_path()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("bad.json"), "{\n  \"unit\": { \"name\": \"某街道\", \"yaer\": 2023 }\n}");
        var result = Support.Cli.Run(temp.Path, "generate", "bad.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.json(2,", result.StandardError);
        Assert.Contains("yaer", result.StandardError);
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_output_untouched()
    {
        using var temp = new TempDirectory();
        var json = File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")).Replace("\"hunan-2023\"", "\"no-such-set\"");
        File.WriteAllText(temp.File("data.json"), json);
        File.WriteAllText(temp.File(Output), "previous package");
        var result = Support.Cli.Run(temp.Path, "generate", "data.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-set", result.StandardError);
        Assert.Equal("previous package", File.ReadAllText(temp.File(Output)));
        Assert.Equal(2, Directory.GetFiles(temp.Path).Length);
    }

    [Fact]
    public void A_missing_data_file_is_a_clear_error()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.Run(temp.Path, "generate", "missing.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PE100", result.StandardError);
    }
    [Fact]
    public void An_output_path_that_is_a_file_is_named_with_the_reason()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("out"), "not a folder");
        foreach (var command in new[] { "generate", "batch" })
        {
            var result = Support.Cli.Run(temp.Path, command, RepoPaths.Example("yueyanglou-2023.json"), "-o", "out");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error PE400: ", result.StandardError);
            Assert.Contains($"输出目录“{temp.File("out")}”", result.StandardError);
            Assert.Contains("同名的文件已存在，不能用作文件夹", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
            Assert.Equal("not a folder", File.ReadAllText(temp.File("out")));
            Assert.Single(Directory.GetFileSystemEntries(temp.Path));
        }
    }
}
