using System.IO.Compression;
using System.Text;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

/// <summary>A template maintainer's workflow through real files and real processes.</summary>
public class TemplateMaintainerTests
{
    private const string Output = "岳阳楼区岳阳楼街道办事处2023年度整体支出绩效自评报告.docx";

    [Fact]
    public void List_names_every_built_in_set()
    {
        using var temp = new TempDirectory();
        var result = Support.Cli.Run(temp.Path, "templates", "list");
        Assert.Equal(0, result.ExitCode);
        foreach (var set in new[] { "hunan-2023", "yuelu-2019-summary", "kaifu-2020", "kaifu-2019", "yuelu-2022" })
        {
            Assert.Contains(set, result.StandardOutput);
        }
    }

    [Fact]
    public void Exporting_changing_a_heading_and_the_body_font_changes_exactly_those()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        var manifest = temp.File(Path.Combine("mine", "manifest.json"));
        var text = File.ReadAllText(manifest);
        Assert.Contains("\"存在的问题及原因分析\"", text);
        text = text.Replace("\"title\": \"存在的问题及原因分析\"", "\"title\": \"存在的主要问题\"")
            .Replace("\"outline\": [", "\"layout\": { \"body\": { \"eastAsia\": \"方正仿宋_GBK\" } },\n  \"outline\": [");
        File.WriteAllText(manifest, text);

        var example = RepoPaths.Example("yueyanglou-2023.json");
        Assert.Equal(0, Support.Cli.Run(temp.Path, "generate", example, "-o", "before").ExitCode);
        var after = Support.Cli.Run(temp.Path, "generate", example, "-o", "after", "--templates", "mine");
        Assert.True(after.ExitCode == 0, after.StandardError);

        var before = Parts(temp.File(Path.Combine("before", Output)));
        var changed = Parts(temp.File(Path.Combine("after", Output)));
        Assert.Equal(before.Keys, changed.Keys);
        foreach (var (name, content) in before)
        {
            var undone = name switch
            {
                "word/document.xml" => changed[name].Replace("存在的主要问题", "存在的问题及原因分析"),
                "word/styles.xml" => changed[name].Replace("w:eastAsia=\"方正仿宋_GBK\"", "w:eastAsia=\"仿宋_GB2312\""),
                _ => changed[name],
            };
            Assert.True(content == undone, $"{name} changed beyond the heading and the body font");
        }
        Assert.NotEqual(before["word/document.xml"], changed["word/document.xml"]);
        Assert.NotEqual(before["word/styles.xml"], changed["word/styles.xml"]);
        Assert.True(Count(changed["word/styles.xml"], "w:eastAsia=\"方正仿宋_GBK\"") > Count(before["word/styles.xml"], "w:eastAsia=\"方正仿宋_GBK\""));
    }

    [Fact]
    public void A_template_syntax_error_is_located_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        var section = temp.File(Path.Combine("mine", "sections", "下一步改进措施.scriban"));
        File.WriteAllText(section, "第一行\n{{ for point in narrative.measures.points }}\n{{ point.title }}\n");
        var result = Support.Cli.Run(temp.Path, "generate", RepoPaths.Example("yueyanglou-2023.json"), "-o", "out", "--templates", "mine");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"下一步改进措施\.scriban\(\d+,\d+\): error PE301: ", result.StandardError);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void An_unknown_variable_is_located_and_an_existing_report_stays()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        var section = temp.File(Path.Combine("mine", "sections", "基本支出情况.scriban"));
        File.WriteAllText(section, "{{ unit.year }}年基本支出\n{{ money budget.basicExpenditur }}万元。\n");
        Directory.CreateDirectory(temp.File("out"));
        File.WriteAllText(temp.File(Path.Combine("out", Output)), "last year's signed copy");
        var result = Support.Cli.Run(temp.Path, "generate", RepoPaths.Example("yueyanglou-2023.json"), "-o", "out", "--templates", "mine");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"基本支出情况\.scriban\(2,10\): error PE302: .*budget\.basicExpenditur", result.StandardError);
        Assert.Equal("last year's signed copy", File.ReadAllText(temp.File(Path.Combine("out", Output))));
        Assert.Single(Directory.GetFiles(temp.File("out")));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    private static Dictionary<string, string> Parts(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }
}
