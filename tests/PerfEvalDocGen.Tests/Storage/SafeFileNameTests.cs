using System.Text;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Storage;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Storage;

public class SafeFileNameTests
{
    [Theory]
    [InlineData("岳阳楼区/街道:办事处*2023", "岳阳楼区_街道_办事处_2023")]
    [InlineData("  报告. ", "报告")]
    [InlineData("CON", "_CON")]
    [InlineData("a\tb", "a_b")]
    [InlineData(".隐藏单位2023年度", "隐藏单位2023年度")]
    [InlineData("...", "_")]
    [InlineData("单位\u202Excod.exe2023", "单位xcod.exe2023")]
    [InlineData("单\u200B位\u2066名\u2069称\uFEFF2023", "单位名称2023")]
    [InlineData("单位\u2028名称", "单位_名称")]
    public void Names_are_safe_on_every_file_system(string name, string expected) => Assert.Equal(expected, SafeFileName.From(name));

    [Theory]
    [InlineData(56)]
    [InlineData(70)]
    [InlineData(300)]
    public void Long_Chinese_names_are_shortened_within_the_byte_limit_keeping_the_year(int length)
    {
        var name = new string('单', length) + "2023年度整体支出绩效自评报告";
        var safe = SafeFileName.From(name);
        Assert.InRange(Encoding.UTF8.GetByteCount(safe), 1, SafeFileName.MaxBytes);
        Assert.Contains("2023年度整体支出绩效自评报告", safe);
        // The temporary name the tool writes through still fits the 255-byte limit of file systems.
        Assert.InRange(Encoding.UTF8.GetByteCount($".{safe}.docx.4194304.{Guid.NewGuid():N}.tmp"), 1, 255);
    }

    [Fact]
    public void Long_names_that_differ_only_in_their_year_or_their_middle_never_collide()
    {
        var prefix = new string('A', 150);
        var names = new[]
        {
            prefix + "Office2022 report", prefix + "Office2023 report",
            prefix + "X" + new string('B', 100) + "2023", prefix + "Y" + new string('B', 100) + "2023",
            new string('单', 80) + "甲2023年度", new string('单', 80) + "乙2023年度",
        };
        var safe = names.Select(n => SafeFileName.From(n)).ToList();
        Assert.Equal(safe.Count, safe.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("2022", safe[0]);
        Assert.Contains("2023", safe[1]);
        Assert.All(safe, s => Assert.InRange(Encoding.UTF8.GetByteCount(s), 1, SafeFileName.MaxBytes));
        Assert.Equal(safe, names.Select(n => SafeFileName.From(n)));
    }

    [Fact]
    public void A_unit_with_a_very_long_name_is_generated_and_batched()
    {
        using var temp = new TempDirectory();
        var data = JObject.Parse(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")));
        data["unit"]!["name"] = new string('长', 60) + "街道办事处";
        var input = temp.File("long.json");
        File.WriteAllText(input, data.ToString());
        Assert.Equal(0, Support.Cli.Run(temp.Path, "validate", input).ExitCode is 0 or 1 ? 0 : 1);
        var generate = Support.Cli.Run(temp.Path, "generate", input, "-o", "out");
        Assert.True(generate.ExitCode == 0, generate.StandardError);
        var report = Assert.Single(Directory.GetFiles(temp.File("out"), "*.docx"));
        Assert.Contains("2023年度", Path.GetFileName(report));
        var batch = Support.Cli.Run(temp.Path, "batch", input, "-o", "batch");
        Assert.True(batch.ExitCode == 0, batch.StandardError);
        Assert.Equal(Path.GetFileName(report), Path.GetFileName(Assert.Single(Directory.GetFiles(temp.File("batch"), "*.docx"))));
    }
}
