using System.Globalization;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Tests.Cli;

/// <summary>The tool reads and prints the same on every machine: other locales, and no ICU data at all.</summary>
public class CultureTests
{
    private static string Example => RepoPaths.Example("yueyanglou-2023.json");

    public static TheoryData<string, string> Machines => new()
    {
        { "LC_ALL", "de_DE.UTF-8" },
        { "LC_ALL", "tr_TR.UTF-8" },
        { "LC_ALL", "ar_SA.UTF-8" },
        { "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1" },
    };

    [Theory]
    [MemberData(nameof(Machines))]
    public void Validate_generate_and_batch_behave_as_on_a_Chinese_machine(string variable, string value)
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { [variable] = value, ["LANG"] = variable == "LC_ALL" ? value : "C.UTF-8" };
        var reference = Perfeval(temp.Path, new Dictionary<string, string> { ["LC_ALL"] = "zh_CN.UTF-8", ["LANG"] = "zh_CN.UTF-8" }, "generate", Example, "-o", "zh");
        Assert.Equal(0, reference.ExitCode);

        var referenceValidate = Perfeval(temp.Path, new Dictionary<string, string> { ["LC_ALL"] = "zh_CN.UTF-8", ["LANG"] = "zh_CN.UTF-8" }, "validate", Example);
        var validate = Perfeval(temp.Path, environment, "validate", Example);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("共 0 个错误，", validate.StandardOutput);
        Assert.Equal(referenceValidate.StandardOutput, validate.StandardOutput);
        Assert.Contains("1365.61", validate.StandardOutput + validate.StandardError);

        var generate = Perfeval(temp.Path, environment, "generate", Example, "-o", "other");
        Assert.True(generate.ExitCode == 0, generate.StandardError);
        var expected = Directory.GetFiles(temp.File("zh"), "*.docx").Single();
        var actual = Directory.GetFiles(temp.File("other"), "*.docx").Single();
        Assert.Equal(Path.GetFileName(expected), Path.GetFileName(actual));
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(actual));

        if (value is not ("de_DE.UTF-8" or "1"))
        {
            return;
        }
        Corpus.Write(temp.File("in"), 2, Example);
        var batch = Perfeval(temp.Path, environment, "batch", "in", "-o", "out", "--report", "report.json");
        Assert.True(batch.ExitCode == 0, batch.StandardError);
        Assert.Contains("完成：生成 2 个", batch.StandardOutput);
        Assert.Matches("用时 [0-9]+ ", batch.StandardOutput);
        Assert.DoesNotContain("Exception", batch.StandardError);
    }

    [Fact]
    public void The_library_reads_and_writes_the_same_under_any_current_culture()
    {
        var text = File.ReadAllText(Example);
        var reference = Generate(text);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "tr-TR", "ar-SA", "fa-IR" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                Assert.Equal(reference, Generate(text));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Chinese_numerals_are_those_of_the_culture_they_replace()
    {
        var chinese = new CultureInfo("zh-CN");
        foreach (var n in Enumerable.Range(0, 20_001).Select(i => (long)i).Concat([100_000, 100_001, 1_010_010, 110_000_000, 100_000_000_105, -3]))
        {
            Assert.Equal(Humanizer.NumberToWordsExtension.ToWords(n, chinese), ChineseNumerals.Of(n));
        }
    }

    private static byte[] Generate(string text)
    {
        var validation = ReportValidator.Validate(text, "example.json");
        Assert.NotNull(validation.Data);
        Assert.DoesNotContain(validation.Diagnostics, d => d.Severity == PerfEvalDocGen.Diagnostics.Severity.Error);
        return new ReportGenerator().Generate(validation.Data!).Content;
    }

    private static ProcessRunner.Result Perfeval(string directory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        ProcessRunner.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "perfeval.dll"), .. arguments], directory, environment: environment);
}
