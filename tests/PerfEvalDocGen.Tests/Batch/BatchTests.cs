using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Batch;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Batch;

public class BatchTests
{
    private static string Example => RepoPaths.Example("yueyanglou-2023.json");

    [Fact]
    public void Regenerating_unchanged_data_gives_byte_identical_files()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 4, Example);
        new BatchRunner(new BatchOptions(temp.File("a"))).Run(inputs);
        new BatchRunner(new BatchOptions(temp.File("b")) { Force = true, Jobs = 1 }).Run(inputs);
        var a = Directory.GetFiles(temp.File("a"), "*.docx").Order().ToList();
        var b = Directory.GetFiles(temp.File("b"), "*.docx").Order().ToList();
        Assert.Equal(4, a.Count);
        Assert.Equal(a.Select(Path.GetFileName), b.Select(Path.GetFileName));
        Assert.All(a.Zip(b), pair => Assert.Equal(File.ReadAllBytes(pair.First), File.ReadAllBytes(pair.Second)));
    }

    [Fact]
    public void Up_to_date_units_are_skipped_and_a_corrected_one_is_regenerated_with_its_changes()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 3, Example);
        var first = new BatchRunner(new BatchOptions(temp.File("out"))).Run(inputs);
        Assert.Equal(3, first.Generated);

        var unchanged = new BatchRunner(new BatchOptions(temp.File("out"))).Run(inputs);
        Assert.Equal(3, unchanged.UpToDate);

        var corrected = JObject.Parse(File.ReadAllText(inputs[1]));
        corrected["basicExpenditure"]!["publicFunds"]!["total"]!["currentActual"] = 167.16m;
        File.WriteAllText(inputs[1], corrected.ToString());
        var before = File.ReadAllBytes(first.Units[1].Output!);
        var second = new BatchRunner(new BatchOptions(temp.File("out"))).Run(inputs);
        Assert.Equal([BatchStatus.UpToDate, BatchStatus.Generated, BatchStatus.UpToDate], second.Units.Select(u => u.Status));
        var change = Assert.Single(second.Units[1].Changes);
        Assert.Equal("公用经费合计·本年决算数 176.16 → 167.16", change.ToString());
        Assert.NotEqual(before, File.ReadAllBytes(second.Units[1].Output!));

        var forced = new BatchRunner(new BatchOptions(temp.File("out")) { Force = true }).Run(inputs);
        Assert.Equal(3, forced.Generated);
    }

    [Fact]
    public void A_report_left_short_by_a_power_cut_is_not_taken_as_up_to_date()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 2, Example);
        var first = new BatchRunner(new BatchOptions(temp.File("out"))).Run(inputs);
        // Reports are renamed into place before the one flush at the end of the batch: after a power cut a file system
        // may hold a renamed report that is empty.
        File.WriteAllBytes(first.Units[0].Output!, []);

        var second = new BatchRunner(new BatchOptions(temp.File("out"))).Run(inputs);

        Assert.Equal([BatchStatus.Generated, BatchStatus.UpToDate], second.Units.Select(u => u.Status));
        using var reopened = WordprocessingDocument.Open(second.Units[0].Output!, false);
        Assert.NotNull(reopened.MainDocumentPart?.Document.Body);
    }

    [Fact]
    public void A_corrupt_unit_fails_alone()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 3, Example).ToList();
        File.WriteAllText(inputs[1], File.ReadAllText(inputs[1])[..500]);
        var result = new BatchRunner(new BatchOptions(temp.File("out"))).Run(inputs);
        Assert.Equal([BatchStatus.Generated, BatchStatus.Failed, BatchStatus.Generated], result.Units.Select(u => u.Status));
        Assert.Equal("PE101", result.Units[1].Diagnostics.Single().Code);
        Assert.Equal(2, Directory.GetFiles(temp.File("out"), "*.docx").Length);
    }

    [Fact]
    public void The_cli_reports_failures_in_its_exit_code_and_report_file()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 2, Example);
        File.WriteAllText(temp.File(Path.Combine("in", "broken.json")), "{ \"unit\": ");
        var run = Support.Cli.RunProcess(temp.Path, "batch", "in/*.json", "-o", "out", "--report", "report.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("[3/3]", run.StandardOutput);
        Assert.Contains("生成 2 个", run.StandardOutput);
        var report = JObject.Parse(File.ReadAllText(temp.File("report.json")));
        Assert.Equal(2, (int)report["generated"]!);
        Assert.Equal(1, (int)report["failed"]!);
        var failed = report["units"]!.Single(u => (string?)u["status"] == "failed");
        Assert.EndsWith("broken.json", (string?)failed["input"]);
        Assert.Equal("PE101", (string?)failed["diagnostics"]![0]!["code"]);
    }

    [Fact]
    public void A_batch_killed_mid_way_leaves_only_complete_reports()
    {
        using var temp = new TempDirectory();
        Corpus.Write(temp.File("in"), 400, Example);
        var output = temp.File("out");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = temp.Path };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "perfeval.dll"), "batch", "in", "-o", "out", "--jobs", "2" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        // Reports are generated into temporary files first and renamed once every report's name is known: the kill
        // lands while some are written and none, or some, are in place.
        while ((!Directory.Exists(output) || Directory.GetFiles(output, ".*.tmp").Length + Directory.GetFiles(output, "*.docx").Length < 20)
            && DateTime.UtcNow < deadline && !process.HasExited)
        {
            Thread.Sleep(5);
        }
        Assert.False(process.HasExited, "the batch finished before it could be killed");
        process.Kill(entireProcessTree: true); // SIGKILL
        process.WaitForExit();

        var reports = Directory.GetFiles(output, "*.docx");
        Assert.InRange(reports.Length, 0, 399);
        foreach (var report in reports)
        {
            using var document = WordprocessingDocument.Open(report, false);
            Assert.NotNull(document.MainDocumentPart!.Document.Body);
        }

        var resumed = Support.Cli.Run(temp.Path, "batch", "in", "-o", "out");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(400, Directory.GetFiles(output, "*.docx").Length);
        Assert.Empty(Directory.GetFiles(output, ".*.tmp"));
    }

    [Fact]
    public void Asking_for_pdfs_without_LibreOffice_is_a_clear_error_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        Corpus.Write(temp.File("in"), 1, Example);
        var dotnet = Path.GetDirectoryName(Environment.ProcessPath!)!;
        var result = ProcessRunner.Run(Path.Combine(dotnet, "dotnet"), [Path.Combine(AppContext.BaseDirectory, "perfeval.dll"), "batch", "in", "-o", "out", "--pdf"],
            temp.Path, environment: new Dictionary<string, string> { ["PATH"] = dotnet });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PE402", result.StandardError);
        Assert.Contains("LibreOffice", result.StandardError);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Pdfs_are_written_beside_the_reports_with_embedded_CJK_fonts()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 3, Example);
        var result = new BatchRunner(new BatchOptions(temp.File("out")) { Pdf = true }).Run(inputs);
        Assert.Equal(3, result.Generated);
        for (var i = 0; i < 3; i++)
        {
            var pdf = result.Units[i].Pdf!;
            Assert.True(File.Exists(pdf));
            var text = TextFolding.Fold(string.Concat(PdfConverter.Pages(pdf)));
            Assert.Contains($"第{i}区第{i}街道办事处", text);
            var fonts = ProcessRunner.Run("pdffonts", [pdf]).StandardOutput.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, line => Assert.Contains(" yes ", line[..Math.Min(line.Length, 200)]));
            Assert.Contains(fonts, line => line.Contains("CJK", StringComparison.Ordinal) || line.Contains("UKai", StringComparison.Ordinal));
        }
        Assert.Empty(Directory.GetDirectories(temp.File("out"), ".perfeval-pdf-*"));
        var again = new BatchRunner(new BatchOptions(temp.File("out")) { Pdf = true }).Run(inputs);
        Assert.Equal(3, again.UpToDate);
    }
}
