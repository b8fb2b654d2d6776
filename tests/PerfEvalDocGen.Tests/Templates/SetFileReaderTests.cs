using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>A template set reads its own folder's regular files and nothing else, however its files are named or linked.</summary>
public class SetFileReaderTests
{
    private static (TempDirectory Temp, string Set) ExportedSet()
    {
        var temp = new TempDirectory();
        var set = temp.File("set");
        PerfEvalDocGen.Generation.TemplateExport.Export(TemplateSet.DefaultName, set);
        return (temp, set);
    }

    private static string FirstSection(string set) => Directory.GetFiles(Path.Combine(set, "sections")).Order(StringComparer.Ordinal).First();

    private static Diagnostic Refusal(string set) =>
        Assert.Single(Assert.Throws<PerfEvalException>(() => TemplateSet.FromDirectory(set)).Diagnostics);

    [Fact]
    public void A_template_name_climbing_out_of_the_set_is_refused()
    {
        var (temp, set) = ExportedSet();
        using var _ = temp;
        File.WriteAllText(temp.File("secret.scriban"), "机密内容");
        var path = Path.Combine(set, "manifest.json");
        var manifest = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(path));
        ((Newtonsoft.Json.Linq.JValue)manifest.SelectTokens("..template").First()).Value = "../../secret";
        File.WriteAllText(path, manifest.ToString());
        var error = Refusal(set);
        Assert.Equal("PE414", error.Code);
    }

    [Theory]
    [InlineData("/etc/passwd", "PE414")]
    [InlineData("/dev/zero", "PE414")]
    public void A_section_linked_outside_the_set_is_refused(string target, string code)
    {
        var (temp, set) = ExportedSet();
        using var _ = temp;
        var section = FirstSection(set);
        File.Delete(section);
        File.CreateSymbolicLink(section, target);
        Assert.Equal(code, Refusal(set).Code);
    }

    [Fact]
    public void A_link_inside_the_set_is_followed()
    {
        var (temp, set) = ExportedSet();
        using var _ = temp;
        var section = FirstSection(set);
        var copy = Path.Combine(set, "kept.txt");
        File.Move(section, copy);
        File.CreateSymbolicLink(section, copy);
        Assert.NotNull(TemplateSet.FromDirectory(set));
    }

    [Fact]
    public void A_fifo_a_device_link_inside_and_a_huge_file_are_refused_without_hanging()
    {
        var (temp, set) = ExportedSet();
        using var _ = temp;
        var fifo = Path.Combine(set, "partials", "pipe.scriban");
        Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [fifo]).ExitCode);
        Assert.Equal("PE415", Refusal(set).Code);
        File.Delete(fifo);

        var big = Path.Combine(set, "partials", "big.scriban");
        using (var stream = File.Create(big))
        {
            stream.SetLength(SetFileReader.MaxBytes + 1);
        }
        Assert.Equal("PE416", Refusal(set).Code);
        File.Delete(big);

        // A folder linked into the set, making a loop, is not entered.
        Directory.CreateSymbolicLink(Path.Combine(set, "partials", "loop"), set);
        Assert.NotNull(TemplateSet.FromDirectory(set));
    }

    [Theory]
    [InlineData("\"charsPerLine\": 0", "layout.charsPerLine")]
    [InlineData("\"linesPerPage\": -3", "layout.linesPerPage")]
    [InlineData("\"paperWidth\": 1e9", "layout.paperWidth")]
    [InlineData("\"marginLeft\": 150, \"marginRight\": 150", "layout.marginLeft")]
    [InlineData("\"body\": { \"eastAsia\": \"仿宋\", \"size\": 0 }", "layout.body.size")]
    [InlineData("\"pageNumberGap\": -1", "layout.pageNumberGap")]
    public void Layout_values_a_page_cannot_hold_are_reported_at_their_place(string layout, string path)
    {
        var (temp, set) = ExportedSet();
        using var _ = temp;
        SetManifest(set, "layout", $"{{ {layout} }}");
        var error = Refusal(set);
        Assert.Equal("PE417", error.Code);
        Assert.Equal(path, error.JsonPath);
        Assert.True(error.Line > 0);
        if (path != "layout.charsPerLine")
        {
            return;
        }

        // Through the command too, once: a message and exit code 2, not a crash.
        var run = Support.Cli.Run(temp.Path, "generate", RepoPaths.Example("yueyanglou-2023.json"), "--templates", "set", "-o", "out");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PE417", run.StandardError);
        Assert.DoesNotContain("PE999", run.StandardError);
    }

    [Theory]
    [InlineData("[\"budget..executed\"]")]
    [InlineData("[\"$.budget[?(@.x)]\"]")]
    [InlineData("[\"budget.noSuchField\"]")]
    [InlineData("[null]")]
    public void Required_fields_that_are_not_paths_into_the_data_are_reported(string fields)
    {
        var (temp, set) = ExportedSet();
        using var _ = temp;
        SetManifest(set, "requiredFields", fields);
        var error = Refusal(set);
        Assert.Equal("PE418", error.Code);
        Assert.True(error.Line > 0);
        if (fields != "[null]")
        {
            return;
        }
        var run = Support.Cli.Run(temp.Path, "validate", RepoPaths.Example("yueyanglou-2023.json"), "--templates", "set");
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("PE999", run.StandardError);
    }

    private static void SetManifest(string set, string property, string json)
    {
        var path = Path.Combine(set, "manifest.json");
        var manifest = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(path));
        manifest[property] = Newtonsoft.Json.Linq.JToken.Parse(json);
        File.WriteAllText(path, manifest.ToString());
    }
}
