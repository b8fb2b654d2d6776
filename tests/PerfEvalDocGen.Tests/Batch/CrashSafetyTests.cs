using DocumentFormat.OpenXml.Packaging;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Batch;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Batch;

/// <summary>What a batch does with a folder that a kill, a disk or another program left in a state it did not make.</summary>
public class CrashSafetyTests
{
    private static string Example => RepoPaths.Example("yueyanglou-2023.json");

    private static BatchResult Run(string output, IReadOnlyList<string> inputs, bool force = false, Action<BatchResult>? deliver = null) =>
        new BatchRunner(new BatchOptions(output) { Jobs = 2, Force = force }).Run(inputs, deliver: deliver);

    private static void Correct(string input, decimal publicFunds)
    {
        var data = JObject.Parse(File.ReadAllText(input));
        data["basicExpenditure"]!["publicFunds"]!["total"]!["currentActual"] = publicFunds;
        File.WriteAllText(input, data.ToString());
    }

    [Fact]
    public void A_report_damaged_in_place_truncated_or_swapped_is_regenerated_to_the_exact_bytes()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 4, Example);
        var first = Run(temp.File("out"), inputs);
        var reports = first.Units.Select(u => u.Output!).ToList();
        var expected = reports.Select(File.ReadAllBytes).ToList();

        // 4 KB zeroed in the middle, same size; cut short; and two reports swapped.
        var damaged = File.ReadAllBytes(reports[0]);
        Array.Clear(damaged, damaged.Length / 2, 4096);
        File.WriteAllBytes(reports[0], damaged);
        File.WriteAllBytes(reports[1], expected[1][..(expected[1].Length / 3)]);
        File.WriteAllBytes(reports[2], expected[3]);
        File.WriteAllBytes(reports[3], expected[2]);

        var second = Run(temp.File("out"), inputs);

        Assert.All(second.Units, u => Assert.Equal(BatchStatus.Generated, u.Status));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], File.ReadAllBytes(reports[i]));
        }
    }

    [Fact]
    public void Data_put_back_after_a_run_killed_before_its_manifest_does_not_leave_newer_figures_called_up_to_date()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 2, Example);
        var output = temp.File("out");
        Run(output, inputs);
        var manifest = File.ReadAllBytes(Path.Combine(output, BatchManifest.FileName));
        var original = File.ReadAllText(inputs[0]);
        var report = Run(output, inputs).Units[0].Output!;
        var before = File.ReadAllBytes(report);

        // The corrected run writes its report, then "dies" before the manifest: the old manifest is put back.
        Correct(inputs[0], 170m);
        Run(output, inputs);
        File.WriteAllBytes(Path.Combine(output, BatchManifest.FileName), manifest);
        File.WriteAllText(inputs[0], original);

        var next = Run(output, inputs);
        Assert.Equal(BatchStatus.Generated, next.Units[0].Status);
        Assert.Equal(before, File.ReadAllBytes(report));
    }

    [Fact]
    public void Changes_of_a_run_killed_before_it_reported_them_are_listed_by_the_next_run()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 2, Example);
        var output = temp.File("out");
        Run(output, inputs, deliver: _ => { });
        Correct(inputs[1], 167.16m);

        // Killed after the manifest was saved but before the summary was printed.
        Assert.Throws<IOException>(() => Run(output, inputs, deliver: _ => throw new IOException("killed")));
        var next = Run(output, inputs, deliver: _ => { });
        Assert.Equal(BatchStatus.UpToDate, next.Units[1].Status);
        Assert.Contains("公用经费合计·本年决算数 176.16 → 167.16", next.Units[1].Changes.Select(c => c.ToString()));

        // Killed before the manifest: regenerated, with the changes from the figures last shown, twice corrected.
        Correct(inputs[1], 160m);
        var manifest = File.ReadAllBytes(Path.Combine(output, BatchManifest.FileName));
        Assert.Throws<IOException>(() => Run(output, inputs, deliver: _ => throw new IOException("killed")));
        File.WriteAllBytes(Path.Combine(output, BatchManifest.FileName), manifest);
        Correct(inputs[1], 150m);
        var last = Run(output, inputs, deliver: _ => { });
        Assert.Equal(BatchStatus.Generated, last.Units[1].Status);
        Assert.Contains(last.Units[1].Changes, c => c.ToString().StartsWith("公用经费合计·本年决算数 167.16 → 150", StringComparison.Ordinal));

        var quiet = Run(output, inputs, deliver: _ => { });
        Assert.All(quiet.Units, u => Assert.Empty(u.Changes));
    }

    [Fact]
    public void A_damaged_figure_record_is_said_to_have_lost_its_changes()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 1, Example);
        var output = temp.File("out");
        Run(output, inputs);
        foreach (var record in Directory.GetFiles(Path.Combine(output, FigureStore.FolderName)))
        {
            File.WriteAllText(record, "{\"run\": 1, \"figu");
        }
        Correct(inputs[0], 170m);
        var next = Run(output, inputs);
        Assert.Equal(BatchStatus.Generated, next.Units[0].Status);
        Assert.True(next.Units[0].ChangesLost);
    }

    [Fact]
    public void Changes_name_the_indicator_and_show_what_follows_from_it()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 1, Example);
        var output = temp.File("out");
        Run(output, inputs);
        var data = JObject.Parse(File.ReadAllText(inputs[0]));
        var indicator = (JObject)data["indicators"]![14]!;
        indicator["score"] = 4.48m;
        File.WriteAllText(inputs[0], data.ToString());

        var changes = Run(output, inputs).Units[0].Changes.Select(c => c.ToString()).ToList();

        Assert.Contains($"绩效指标“{indicator["level3"]}”·得分 9 → 4.48", changes);
        Assert.Contains(changes, c => c.StartsWith("总分 ", StringComparison.Ordinal));
        Assert.True(changes.FindIndex(c => c.StartsWith("总分 ", StringComparison.Ordinal)) > changes.FindIndex(c => c.Contains("得分 9 → 4.48", StringComparison.Ordinal)));
    }

    [Fact]
    public void Manifest_entries_that_are_damaged_or_point_outside_the_folder_are_ignored_with_a_warning()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 3, Example);
        var output = temp.File("out");
        Run(output, inputs);
        var path = Path.Combine(output, BatchManifest.FileName);
        var manifest = JObject.Parse(File.ReadAllText(path));
        var units = (JObject)manifest["units"]!;
        units[inputs[0]]!["output"] = null;
        units[inputs[1]]!["output"] = "../../outside.docx";
        units[inputs[2]]!["sha256"] = 42;
        File.WriteAllText(path, manifest.ToString());

        var next = Run(output, inputs);

        Assert.All(next.Units, u => Assert.Equal(BatchStatus.Generated, u.Status));
        Assert.Equal(3, next.Diagnostics.Count(d => d.Code == "PE411" && d.Line > 0));
        Assert.False(File.Exists(Path.Combine(temp.Path, "outside.docx")));
    }

    [Fact]
    public void A_manifest_that_is_not_json_costs_a_full_regeneration_and_a_warning()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 2, Example);
        var output = temp.File("out");
        Run(output, inputs);
        File.WriteAllText(Path.Combine(output, BatchManifest.FileName), "{\"units\": {\"x\": [");
        var next = Run(output, inputs);
        Assert.Equal(2, next.Generated);
        Assert.Contains(next.Diagnostics, d => d.Code == "PE411");
    }

    [Fact]
    public void Two_inputs_aiming_at_one_report_both_fail_and_the_existing_report_is_kept()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 2, Example).ToList();
        var output = temp.File("out");
        var first = Run(output, inputs);
        var kept = File.ReadAllBytes(first.Units[0].Output!);
        var copy = temp.File(Path.Combine("in", "unit-00000 - 副本.json"));
        File.Copy(inputs[0], copy);
        Correct(copy, 150m);
        var all = new[] { inputs[0], copy, inputs[1] };

        var second = Run(output, all);

        Assert.Equal([BatchStatus.Failed, BatchStatus.Failed, BatchStatus.UpToDate], second.Units.Select(u => u.Status));
        foreach (var unit in second.Units.Take(2))
        {
            var error = Assert.Single(unit.Diagnostics);
            Assert.Equal("PE403", error.Code);
            Assert.Contains(inputs[0], error.Message);
            Assert.Contains(copy, error.Message);
        }
        Assert.Equal(kept, File.ReadAllBytes(first.Units[0].Output!));
        Assert.Empty(Directory.GetFiles(output, ".*.tmp"));

        // Both new, nothing there yet: neither is written.
        var fresh = temp.File("fresh");
        Assert.All(Run(fresh, [inputs[0], copy]).Units, u => Assert.Equal("PE403", u.Diagnostics.Single().Code));
        Assert.Empty(Directory.GetFiles(fresh, "*.docx"));
    }

    [Fact]
    public void Nothing_is_written_through_a_link_the_tool_did_not_make()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 2, Example);
        var output = temp.File("out");
        var first = Run(output, inputs);
        var outside = Directory.CreateDirectory(temp.File("outside")).FullName;
        var victim = Path.Combine(outside, "victim.txt");
        File.WriteAllText(victim, "untouched");

        // A figure record, a report and the lock file replaced by links to the victim.
        var record = Directory.GetFiles(Path.Combine(output, FigureStore.FolderName)).First();
        File.Delete(record);
        File.CreateSymbolicLink(record, victim);
        File.Delete(first.Units[1].Output!);
        File.CreateSymbolicLink(first.Units[1].Output!, victim);
        File.Delete(Path.Combine(output, OutputLock.FileName));
        File.CreateSymbolicLink(Path.Combine(output, OutputLock.FileName), victim);
        // A link in place of the lock: the run refuses to use it and says why for every unit.
        var refused = Run(output, inputs, force: true);
        Assert.All(refused.Units, u => Assert.Contains("符号链接", Assert.Single(u.Diagnostics, d => d.Code == "PE400").Message));
        Assert.Equal("untouched", File.ReadAllText(victim));

        File.Delete(Path.Combine(output, OutputLock.FileName));
        var forced = Run(output, inputs, force: true);
        Assert.Equal(2, forced.Generated);
        Assert.Equal("untouched", File.ReadAllText(victim));
        Assert.Null(new FileInfo(first.Units[1].Output!).LinkTarget);
        using (WordprocessingDocument.Open(first.Units[1].Output!, false))
        {
        }

        // The records' folder itself a link to a folder outside, or a file: left alone, and the run says why.
        Directory.Delete(Path.Combine(output, FigureStore.FolderName), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(output, FigureStore.FolderName), outside);
        var linked = Run(output, inputs, force: true);
        Assert.Equal(2, linked.Generated);
        Assert.Contains(linked.Diagnostics, d => d.Code == "PE412");
        Assert.Equal(["victim.txt"], Directory.GetFiles(outside).Select(Path.GetFileName));

        File.Delete(Path.Combine(output, FigureStore.FolderName));
        File.WriteAllText(Path.Combine(output, FigureStore.FolderName), "a file");
        var file = Run(output, inputs, force: true);
        Assert.Equal(2, file.Generated);
        Assert.Contains(file.Diagnostics, d => d.Code == "PE412" && d.Message.Contains("文件", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_batch_on_the_folder_is_refused_naming_the_first()
    {
        using var temp = new TempDirectory();
        Corpus.Write(temp.File("in"), 1, Example);
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        using (OutputLock.Acquire(output))
        {
            var run = Support.Cli.RunProcess(temp.Path, "batch", "in", "-o", "out");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("PE410", run.StandardError);
            Assert.Contains($"进程号 {Environment.ProcessId}", run.StandardError);
            Assert.Empty(Directory.GetFiles(output, "*.docx"));
        }
        Assert.Equal(0, Support.Cli.Run(temp.Path, "batch", "in", "-o", "out").ExitCode);
    }

    [Fact]
    public void Leftovers_of_a_killed_run_are_removed_under_the_lock()
    {
        using var temp = new TempDirectory();
        var inputs = Corpus.Write(temp.File("in"), 1, Example);
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        var work = Directory.CreateDirectory(Path.Combine(output, ".perfeval-pdf-999999-0123456789abcdef0123456789abcdef")).FullName;
        File.WriteAllText(Path.Combine(work, "half.pdf"), "%PDF-");
        var outside = Directory.CreateDirectory(temp.File("outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "keep");
        Directory.CreateSymbolicLink(Path.Combine(output, ".perfeval-pdf-999998-link"), outside);
        File.WriteAllText(Path.Combine(output, ".x.docx.999999.0123456789abcdef0123456789abcdef.tmp"), "half");

        Run(output, inputs);

        Assert.Empty(Directory.GetFileSystemEntries(output, ".perfeval-pdf-*"));
        Assert.Empty(Directory.GetFiles(output, ".*.tmp"));
        Assert.True(File.Exists(Path.Combine(outside, "keep.txt")));
    }
}
