using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Batch;

/// <summary>What `perfeval batch` tells the person running it: warnings, named changes and what follows, versions.</summary>
public class BatchConsoleTests
{
    private static string Example => RepoPaths.Example("yueyanglou-2023.json");

    [Fact]
    public void Warnings_are_printed_and_counted_and_changes_name_the_indicator_and_what_follows()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 2, Example);
        var first = Support.Cli.Run(temp.Path, "batch", "in", "-o", "out", "--report", "report.json");
        Assert.Equal(0, first.ExitCode);
        // Each unit carries the example's warnings (PE203, PE209, …): the batch prints and counts them all.
        var perUnit = PerfEvalDocGen.Validation.ReportValidator.ValidateFile(inputs[0]).Diagnostics.Count(d => d.Severity == PerfEvalDocGen.Diagnostics.Severity.Warning);
        Assert.True(perUnit >= 2);
        Assert.Contains("warning PE209", first.StandardError);
        Assert.Contains($"警告 {2 * perUnit} 条", first.StandardOutput);
        var report = JObject.Parse(File.ReadAllText(temp.File("report.json")));
        Assert.Equal(2 * perUnit, (int)report["warnings"]!);
        var version = Support.Cli.RunProcess(temp.Path, "--version").StandardOutput.Trim();
        Assert.Equal(version, (string?)report["tool"]);

        var data = JObject.Parse(File.ReadAllText(inputs[0]));
        var indicator = data["indicators"]![14]!;
        indicator["score"] = 4.48m;
        File.WriteAllText(inputs[0], data.ToString());
        var second = Support.Cli.Run(temp.Path, "batch", "in", "-o", "out");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"绩效指标“{indicator["level3"]}”·得分 9 → 4.48", second.StandardOutput);
        Assert.Matches(@"\n  总分 [0-9.]+ → [0-9.]+", second.StandardOutput);
        Assert.Contains("未变化 1 个", second.StandardOutput);
        Assert.Contains($"警告 {perUnit} 条", second.StandardOutput);
    }

    [Fact]
    public void A_fifo_among_the_inputs_fails_alone_instead_of_hanging()
    {
        using var temp = new TempDirectory();
        Corpus.Write(temp.File("in"), 1, Example);
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [temp.File(Path.Combine("in", "pipe.json"))]).ExitCode);
        var run = Support.Cli.Run(temp.Path, "batch", "in", "-o", "out");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("不是普通文件", run.StandardError);
        Assert.Contains("生成 1 个", run.StandardOutput);
    }
}
