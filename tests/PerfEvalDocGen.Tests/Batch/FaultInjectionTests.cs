using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Batch;

/// <summary>
/// Real processes killed (SIGKILL) at random points, real full and read-only disks. The seed and the number of kills
/// are fixed for CI; tools/fault-run.sh sets PERFEVAL_FAULT_KILLS and PERFEVAL_FAULT_SEED for longer runs.
/// </summary>
public class FaultInjectionTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private static string Example => RepoPaths.Example("yueyanglou-2023.json");

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [Fact]
    public void After_kills_at_random_points_the_next_batch_leaves_every_report_exactly_what_its_input_makes()
    {
        var kills = Setting("PERFEVAL_FAULT_KILLS", 20);
        var random = new Random(Setting("PERFEVAL_FAULT_SEED", 20261201));
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), Setting("PERFEVAL_FAULT_UNITS", 24), Example);
        var versions = inputs.Select(File.ReadAllText).Select(text => (Original: text, Corrected: Corrected(text))).ToList();
        var landed = 0;
        var attempt = 0;
        for (; landed < kills && attempt < kills * 3; attempt++)
        {
            // Each run sees some units corrected and others put back, as when a bureau corrects data between runs.
            for (var i = 0; i < inputs.Count; i++)
            {
                if (random.Next(4) == 0)
                {
                    File.WriteAllText(inputs[i], random.Next(2) == 0 ? versions[i].Original : versions[i].Corrected);
                }
            }
            var arguments = random.Next(3) == 0 ? new[] { "batch", "in", "-o", "out", "--force" } : ["batch", "in", "-o", "out"];
            using var process = PerfevalProcess.Start(temp.Path, arguments);
            Thread.Sleep(random.Next(150, 1800));
            if (process.HasExited)
            {
                continue;
            }
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            landed++;
            AssertEveryReportOpens(temp.File("out"));
        }
        Assert.True(landed >= Math.Min(kills, 5), $"only {landed} of {kills} kills landed while a batch ran");
        log.WriteLine($"{landed} kills landed in {attempt} runs over {inputs.Count} units");

        var resumed = Support.Cli.Run(temp.Path, "batch", "in", "-o", "out");
        Assert.True(resumed.ExitCode == 0, resumed.StandardError);
        var fresh = Support.Cli.Run(temp.Path, "batch", "in", "-o", "fresh");
        Assert.Equal(0, fresh.ExitCode);
        var expected = Directory.GetFiles(temp.File("fresh"), "*.docx").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var actual = Directory.GetFiles(temp.File("out"), "*.docx").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), $"{pair.Key} differs from what its input makes"));
        log.WriteLine($"all {expected.Count} reports equal, byte for byte, to a fresh batch of the same inputs");
        Assert.Empty(Directory.GetFiles(temp.File("out"), ".*.tmp"));

        var again = Support.Cli.Run(temp.Path, "batch", "in", "-o", "out");
        Assert.Contains($"未变化 {inputs.Count} 个", again.StandardOutput);
    }

    [Fact]
    public void A_generate_killed_at_random_points_leaves_the_old_report_or_the_new_one_whole()
    {
        var random = new Random(Setting("PERFEVAL_FAULT_SEED", 20261201));
        using var temp = new TempDirectory();
        var input = Corpus.Write(temp.File("in"), 1, Example)[0];
        Assert.Equal(0, Support.Cli.Run(temp.Path, "generate", input, "-o", "out").ExitCode);
        var report = Directory.GetFiles(temp.File("out"), "*.docx").Single();
        var old = File.ReadAllBytes(report);
        File.WriteAllText(input, Corrected(File.ReadAllText(input)));
        for (var i = 0; i < 5; i++)
        {
            using var process = PerfevalProcess.Start(temp.Path, "generate", input, "-o", "out");
            Thread.Sleep(random.Next(100, 900));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.WaitForExit();
            AssertEveryReportOpens(temp.File("out"));
            Assert.Equal([report], Directory.GetFiles(temp.File("out"), "*.docx"));
        }
        Assert.Equal(0, Support.Cli.Run(temp.Path, "generate", input, "-o", "out").ExitCode);
        Assert.NotEqual(old, File.ReadAllBytes(report));
    }

    [Fact]
    public void A_batch_on_a_full_disk_fails_unit_by_unit_in_Chinese_and_still_reports()
    {
        using var temp = new TempDirectory();
        Corpus.Write(temp.File("in"), 12, Example);
        using var disk = new Tmpfs(temp.File("disk"), "200k");

        var run = Support.Cli.Run(temp.Path, "batch", "in", "-o", "disk/out", "--jobs", "2", "--report", "report.json");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("PE999", run.StandardError);
        Assert.DoesNotContain("Exception", run.StandardError);
        Assert.Contains("磁盘空间已满", run.StandardError);
        Assert.Matches("完成：生成 [0-9]+ 个，未变化 0 个，失败 [1-9][0-9]* 个", run.StandardOutput);
        var report = JObject.Parse(File.ReadAllText(temp.File("report.json")));
        Assert.True((int)report["failed"]! > 0);
        Assert.Contains(report["units"]!, u => (string?)u["diagnostics"]![0]?["code"] == "PE400");
        AssertEveryReportOpens(temp.File("disk/out"));
        Assert.Empty(Directory.GetFiles(temp.File("disk/out"), ".*.tmp"));
    }

    [Fact]
    public void A_batch_and_a_generate_on_a_read_only_folder_say_so_in_Chinese_and_the_batch_still_reports()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 3, Example);
        using var disk = new Tmpfs(temp.File("disk"), "20m");
        Assert.Equal(0, Support.Cli.Run(temp.Path, "batch", "in", "-o", "disk/out").ExitCode);
        File.WriteAllText(inputs[0], Corrected(File.ReadAllText(inputs[0])));
        disk.MakeReadOnly();

        var batch = Support.Cli.Run(temp.Path, "batch", "in", "-o", "disk/out", "--report", "report.json");
        Assert.Equal(2, batch.ExitCode);
        Assert.DoesNotContain("PE999", batch.StandardError);
        Assert.Contains("只读", batch.StandardError);
        Assert.Contains("失败 3 个", batch.StandardOutput);
        Assert.Equal(3, (int)JObject.Parse(File.ReadAllText(temp.File("report.json")))["failed"]!);

        var generate = Support.Cli.Run(temp.Path, "generate", inputs[0], "-o", "disk/out");
        Assert.Equal(2, generate.ExitCode);
        Assert.Contains("PE400", generate.StandardError);
        Assert.Contains("只读", generate.StandardError);
        Assert.DoesNotContain("Read-only", generate.StandardError);
    }

    [Fact]
    public void A_pdf_batch_killed_during_conversion_leaves_no_work_folder_after_the_next_run()
    {
        using var temp = new TempDirectory();
        Corpus.Write(temp.File("in"), 3, Example);
        var output = temp.File("out");
        using (var process = PerfevalProcess.Start(temp.Path, "batch", "in", "-o", "out", "--pdf"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline
                && (!Directory.Exists(output) || Directory.GetDirectories(output, ".perfeval-pdf-*").Length == 0))
            {
                Thread.Sleep(20);
            }
            Assert.False(process.HasExited, "the batch finished before its conversion could be killed");
            Thread.Sleep(500);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Assert.NotEmpty(Directory.GetDirectories(output, ".perfeval-pdf-*"));

        var resumed = Support.Cli.Run(temp.Path, "batch", "in", "-o", "out", "--pdf");

        Assert.True(resumed.ExitCode == 0, resumed.StandardError);
        Assert.Empty(Directory.GetDirectories(output, ".perfeval-pdf-*"));
        Assert.Equal(3, Directory.GetFiles(output, "*.pdf").Length);
    }

    private static string Corrected(string text)
    {
        var data = JObject.Parse(text);
        data["basicExpenditure"]!["publicFunds"]!["total"]!["currentActual"] = 167.16m;
        data["indicators"]![14]!["score"] = 8.5m;
        return data.ToString();
    }

    private static void AssertEveryReportOpens(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var report in Directory.GetFiles(folder, "*.docx"))
        {
            using var document = WordprocessingDocument.Open(report, false);
            Assert.NotNull(document.MainDocumentPart!.Document.Body);
        }
    }
}
