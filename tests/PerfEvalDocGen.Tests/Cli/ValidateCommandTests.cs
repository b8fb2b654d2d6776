using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

public class ValidateCommandTests
{
    private static string Bad(string name) => Path.Combine(RepoPaths.Fixtures, "bad", name);

    [Fact]
    public void Clean_data_exits_0()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.RunProcess(temp.Path, "validate", Bad("00-valid-base.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("检查通过", result.StandardOutput);
    }

    [Fact]
    public void Warnings_only_exit_1_and_are_printed_msbuild_style()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.RunProcess(temp.Path, "validate", RepoPaths.Example("yueyanglou-2023.json"));
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"yueyanglou-2023\.json\(\d+,\d+\): warning PE203: 基本支出 1365\.61 万元", result.StandardOutput);
        Assert.Contains("warning PE209", result.StandardOutput);
    }

    [Fact]
    public void Errors_exit_2_even_beside_clean_files()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.RunProcess(temp.Path, "validate", Bad("00-valid-base.json"), Bad("47-basic-breakdown.json"), Bad("30-negative-money.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"30-negative-money\.json\(22,\d+\): error PE107: ", result.StandardOutput);
        Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError);
    }

    [Fact]
    public void Strict_makes_warnings_errors()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.Run(temp.Path, "validate", "--strict", RepoPaths.Example("yueyanglou-2023.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error PE203", result.StandardOutput);
    }

    [Fact]
    public void Json_format_is_for_tools()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.Run(temp.Path, "validate", "--format", "json", Bad("12-unknown-field-in-array.json"));
        Assert.Equal(2, result.ExitCode);
        var report = (JObject)JArray.Parse(result.StandardOutput).Single();
        var diagnostic = (JObject)((JArray)report["diagnostics"]!).Single();
        Assert.Equal("PE103", (string?)diagnostic["code"]);
        Assert.Equal("error", (string?)diagnostic["severity"]);
        Assert.Equal("indicators[0].scroe", (string?)diagnostic["path"]);
        Assert.Equal(43, (int)diagnostic["line"]!);
        Assert.Contains("score", (string?)diagnostic["suggestion"]);
    }

    [Fact]
    public void Generate_refuses_on_errors_and_leaves_an_existing_file_untouched()
    {
        using var temp = new TempDirectory();
        var target = temp.File("示例区示例街道办事处2023年度整体支出绩效自评报告.docx");
        File.WriteAllText(target, "signed last week");
        var result = Support.Cli.Run(temp.Path, "generate", Bad("52-score-over-weight.json"), "-o", temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error PE208", result.StandardError);
        Assert.Equal("signed last week", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Generate_prints_warnings_and_writes_and_strict_refuses()
    {
        using var temp = new TempDirectory();
        var lenient = Support.Cli.Run(temp.Path, "generate", RepoPaths.Example("yueyanglou-2023.json"), "-o", "a");
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning PE203", lenient.StandardError);
        Assert.Single(Directory.GetFiles(temp.File("a")));
        var strict = Support.Cli.Run(temp.Path, "generate", "--strict", RepoPaths.Example("yueyanglou-2023.json"), "-o", "b");
        Assert.Equal(2, strict.ExitCode);
        Assert.False(Directory.Exists(temp.File("b")));
    }

    [Fact]
    public void Init_writes_a_starter_that_validate_explains()
    {
        using var temp = new TempDirectory();
        var init = Support.Cli.Run(temp.Path, "init", "--unit", "某街道办事处", "--year", "2024");
        Assert.Equal(0, init.ExitCode);
        var starter = temp.File("某街道办事处2024.json");
        Assert.True(File.Exists(starter));
        Assert.True(File.Exists(temp.File("perfeval.schema.json")));
        Assert.Equal("./perfeval.schema.json", (string?)JObject.Parse(File.ReadAllText(starter))["$schema"]);

        var result = Support.Cli.Run(temp.Path, "validate", "--format", "json", starter);
        Assert.Equal(2, result.ExitCode);
        var diagnostics = ((JArray)JArray.Parse(result.StandardOutput)[0]["diagnostics"]!).Cast<JObject>().ToList();
        var paths = diagnostics.Select(d => (string?)d["path"]).ToHashSet();
        Assert.Contains("unit.shortName", paths);
        Assert.Contains("budget.executed", paths);
        Assert.Contains("indicators[0].weight", paths);
        Assert.Contains("signature.reportDate", paths);
        // The 附件3 skeleton: one project with its indicator grid to fill.
        Assert.Contains("projectEvaluations[0].name", paths);
        Assert.Contains("projectEvaluations[0].indicators[0].weight", paths);
        Assert.All(diagnostics, d => Assert.Contains((string?)d["code"], new[] { "PE106", "PE111", "PE120" }));

        var again = Support.Cli.Run(temp.Path, "init", "--unit", "某街道办事处", "--year", "2024");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("PE401", again.StandardError);
    }

    [Fact]
    public void Schema_prints_the_committed_schema()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.Run(temp.Path, "schema");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "perfeval.schema.json")), result.StandardOutput);
    }
}
