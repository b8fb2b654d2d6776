using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Batch;

/// <summary>
/// A LibreOffice that hangs is stopped, the batch ends with PE402, and a PDF the last run wrote for a report that has
/// since changed is not left beside the new one. A stand-in soffice on the PATH of a real perfeval process plays
/// LibreOffice: first one that writes a small PDF per report, then one that never ends. A report regenerated without
/// --pdf does not keep the PDF of its old version either.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class PdfFreshnessTests
{
    private const string Writes = """
        #!/bin/sh
        out=""; next=""
        for a in "$@"; do
          if [ "$next" = 1 ]; then out="$a"; next=""; continue; fi
          case "$a" in --outdir) next=1 ;; *.docx) n=$(basename "$a" .docx); printf '%%PDF-1.4 %s\n' "$n" > "$out/$n.pdf" ;; esac
        done
        """;

    private const string Hangs = "#!/bin/sh\nexec sleep 600\n";

    [Fact]
    public void A_hung_libreoffice_is_stopped_and_the_last_runs_pdf_of_a_changed_report_is_removed()
    {
        using var temp = new TempDirectory();
        var (inputs, pdfs) = FirstRunWithPdfs(temp);
        // The user replaces the second PDF with one of their own: it is not the tool's to delete.
        File.WriteAllText(pdfs[1], "%PDF-1.4 made in WPS");
        foreach (var input in inputs)
        {
            var data = JObject.Parse(File.ReadAllText(input));
            data["budget"]!["executed"] = (decimal)data["budget"]!["executed"]! - 1m;
            File.WriteAllText(input, data.ToString());
        }

        var second = Batch(temp, Hangs);

        Assert.Equal(2, second.ExitCode);
        Assert.Contains("error PE402: LibreOffice 超过 2 秒没有完成任何转换，已被终止；其余报告未生成 PDF。", second.StandardError);
        Assert.Contains("上次生成的同名 PDF 与新报告不符，已删除。", second.StandardError);
        Assert.False(File.Exists(pdfs[0]));
        Assert.Equal("%PDF-1.4 made in WPS", File.ReadAllText(pdfs[1]));
        Assert.Empty(Directory.GetDirectories(temp.File("out"), ".perfeval-pdf-*"));
        Assert.DoesNotContain("   at ", second.StandardError);

        // Once LibreOffice works again, the next run makes the missing PDFs (the reports themselves are up to date).
        var third = Batch(temp, Writes);
        Assert.True(third.ExitCode is 0 or 1, third.StandardError);
        Assert.Contains("%PDF-1.4 ", File.ReadAllText(pdfs[0]));
    }

    [Fact]
    public void A_report_regenerated_without_pdf_does_not_keep_the_pdf_of_its_old_version()
    {
        using var temp = new TempDirectory();
        var (inputs, pdfs) = FirstRunWithPdfs(temp);
        var unchanged = File.ReadAllText(pdfs[1]);
        var data = JObject.Parse(File.ReadAllText(inputs[0]));
        data["budget"]!["executed"] = (decimal)data["budget"]!["executed"]! - 1m;
        File.WriteAllText(inputs[0], data.ToString());

        var second = ProcessRunner.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "perfeval.dll"), "batch", "in", "-o", "out"], temp.Path);

        Assert.True(second.ExitCode is 0 or 1, second.StandardError);
        Assert.Contains($"warning PE404: 上次生成的 PDF“{Path.GetFileName(pdfs[0])}”与更新后的报告不符，已删除。", second.StandardError);
        Assert.False(File.Exists(pdfs[0]));
        // The unit whose data did not change keeps its report and its PDF.
        Assert.Equal(unchanged, File.ReadAllText(pdfs[1]));
    }

    // Two units written with a LibreOffice that works: their inputs, and their two PDFs in name order.
    private static (IReadOnlyList<string> Inputs, List<string> Pdfs) FirstRunWithPdfs(TempDirectory temp)
    {
        var inputs = Corpus.Write(temp.File("in"), 2, RepoPaths.Example("yueyanglou-2023.json"));
        var first = Batch(temp, Writes);
        Assert.True(first.ExitCode is 0 or 1, first.StandardError);
        var pdfs = Directory.GetFiles(temp.File("out"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, pdfs.Count);
        return (inputs, pdfs);
    }

    private static ProcessRunner.Result Batch(TempDirectory temp, string soffice)
    {
        var bin = temp.File("bin");
        Directory.CreateDirectory(bin);
        var script = Path.Combine(bin, "soffice");
        File.WriteAllText(script, soffice.Replace("\r\n", "\n"));
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return ProcessRunner.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "perfeval.dll"), "batch", "in", "-o", "out", "--pdf"],
            temp.Path, timeoutSeconds: 120, environment: new Dictionary<string, string>
            {
                ["PATH"] = bin + Path.PathSeparator + "/usr/bin:/bin",
                ["PERFEVAL_PDF_IDLE_SECONDS"] = "2",
            });
    }
}
