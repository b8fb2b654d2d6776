using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

/// <summary><c>perfeval templates check</c> and form files through real processes: export, edit, check, generate.</summary>
public class TemplatesCheckCommandTests
{
    private const string Output = "岳阳楼区岳阳楼街道办事处2023年度整体支出绩效自评报告.docx";

    [Fact]
    public void Check_exits_0_clean_1_with_warnings_2_with_errors_and_generate_refuses_a_broken_form()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        Assert.True(File.Exists(temp.File(Path.Combine("mine", "forms", "basic-data.json"))), "export writes the form files");

        var clean = Support.Cli.Run(temp.Path, "templates", "check", "mine");
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("模板集检查通过", clean.StandardOutput);

        File.WriteAllText(temp.File(Path.Combine("mine", "sections", "旧的一节.scriban")), "旧的文字\n");
        var warned = Support.Cli.Run(temp.Path, "templates", "check", "mine");
        Assert.Equal(1, warned.ExitCode);
        Assert.Contains("warning PE335", warned.StandardOutput);

        var form = temp.File(Path.Combine("mine", "forms", "basic-data.json"));
        File.WriteAllText(form, File.ReadAllText(form).Replace("{ \"value\": \"unit.name\", \"colSpan\": 6 }", "{ \"value\": \"unit.name\", \"colSpan\": 5 }"));
        var broken = Support.Cli.Run(temp.Path, "templates", "check", "mine");
        Assert.Equal(2, broken.ExitCode);
        Assert.Matches(@"mine[/\\]forms[/\\]basic-data\.json\(11,9\): error PE325: ", broken.StandardOutput);

        var json = Support.Cli.Run(temp.Path, "templates", "check", "mine", "--format", "json");
        Assert.Equal(2, json.ExitCode);
        Assert.Contains("\"code\": \"PE325\"", json.StandardOutput);

        var generate = Support.Cli.Run(temp.Path, "generate", RepoPaths.Example("yueyanglou-2023.json"), "-o", "out", "--templates", "mine");
        Assert.Equal(2, generate.ExitCode);
        Assert.Contains("PE325", generate.StandardOutput + generate.StandardError);
        Assert.DoesNotContain("Exception", generate.StandardOutput + generate.StandardError);
        Assert.False(Directory.Exists(temp.File("out")) && Directory.EnumerateFiles(temp.File("out")).Any(), "nothing is written");
    }

    [Fact]
    public void Adding_a_row_to_attachment_1_adds_exactly_that_row()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        var form = temp.File(Path.Combine("mine", "forms", "basic-data.json"));
        var anchor = "        { \"cells\": [\n          { \"text\": \"部门基本支出预算调整\"";
        var text = File.ReadAllText(form).Replace("\r\n", "\n");
        Assert.Contains(anchor, text);
        // The worked example of docs/templates.md: a row with a label and a figure the program computes.
        text = text.Replace(anchor, "        { \"cells\": [ { \"text\": \"公用经费占基本支出比例\", \"align\": \"left\" }, { \"value\": \"figures.publicFundsShare\", \"format\": \"percent\", \"colSpan\": 6 } ] },\n" + anchor);
        File.WriteAllText(form, text);

        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "check", "mine").ExitCode);
        var example = RepoPaths.Example("yueyanglou-2023.json");
        Assert.Equal(0, Support.Cli.Run(temp.Path, "generate", example, "-o", "before").ExitCode);
        var after = Support.Cli.Run(temp.Path, "generate", example, "-o", "after", "--templates", "mine");
        Assert.True(after.ExitCode == 0, after.StandardOutput + after.StandardError);

        var before = Rows(temp.File(Path.Combine("before", Output)));
        var rows = Rows(temp.File(Path.Combine("after", Output)));
        Assert.Equal(before.Count + 1, rows.Count);
        var added = rows.FindIndex(r => r[0] == "公用经费占基本支出比例");
        Assert.Equal("部门基本支出预算调整", rows[added + 1][0]);
        Assert.Matches(@"^-?\d+\.\d\d%$", rows[added][1]);
        rows.RemoveAt(added);
        Assert.Equal(before, rows);
    }

    // The rows of 附件1's table as cell texts.
    private static List<List<string>> Rows(string package) =>
        DocxReader.Tables(File.ReadAllBytes(package))[0].Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => DocxReader.CellTexts(r).ToList()).ToList();
}
