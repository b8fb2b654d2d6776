using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

/// <summary>
/// The worked tasks of docs/templates.md (§7.3 add a column, §7.4 add a form, §10 a set for a new year, with §5.1's
/// reworded sentence) done as a maintainer does them: real perfeval processes export the set, the test edits its
/// files, check passes, generate writes the package, and the package shows the change and nothing else.
/// </summary>
public class TemplateGuideTaskTests
{
    private const string Output = "岳阳楼区岳阳楼街道办事处2023年度整体支出绩效自评报告.docx";

    [Fact]
    public void Adding_a_remarks_column_to_the_fund_form_changes_only_that_table()
    {
        using var temp = new TempDirectory();
        Run(temp, 0, "templates", "export", "hunan-2023", "mine");
        var data = WriteFundUnit(temp);
        var form = temp.File(Path.Combine("mine", "forms", "government-fund-budget.json"));
        var text = File.ReadAllText(form).Replace("\r\n", "\n");

        // The edit of the guide, but the total row forgotten: check names that row.
        text = Replace(text, "\"columns\": [3, 1.4, 1.4, 1.2]", "\"columns\": [3, 1.4, 1.4, 1.2, 1.6]");
        text = Replace(text, "{ \"text\": \"执行率\", \"bold\": true } ] },", "{ \"text\": \"执行率\", \"bold\": true }, { \"text\": \"备注\", \"bold\": true } ] },");
        text = Replace(text, "{ \"value\": \"figures.governmentFundBudget.itemRates[i]\", \"format\": \"percent\", \"align\": \"right\" } ] },",
            "{ \"value\": \"figures.governmentFundBudget.itemRates[i]\", \"format\": \"percent\", \"align\": \"right\" },\n          { \"text\": \"{{ if !item.actual }}未支出{{ end }}\", \"align\": \"left\" } ] },");
        File.WriteAllText(form, text);
        var missed = Run(temp, 2, "templates", "check", "mine");
        Assert.Matches(@"mine[/\\]forms[/\\]government-fund-budget\.json\(18,9\): error PE325: 第3行的单元格只占 4 列，表格有 5 列", missed.StandardOutput);

        text = Replace(text, "{ \"value\": \"figures.governmentFundBudget.totalRate\", \"format\": \"percent\", \"align\": \"right\" } ] }",
            "{ \"value\": \"figures.governmentFundBudget.totalRate\", \"format\": \"percent\", \"align\": \"right\" },\n          {} ] }");
        File.WriteAllText(form, text);
        Assert.Contains("模板集检查通过", Run(temp, 0, "templates", "check", "mine").StandardOutput);

        var (before, after) = GenerateBoth(temp, data, "mine");
        var oldTables = DocxReader.Tables(before);
        var newTables = DocxReader.Tables(after);
        Assert.Equal(oldTables.Count, newTables.Count);
        var fund = Rows(newTables[^1]);
        Assert.Equal(["项目", "预算数", "支出数", "执行率", "备注"], fund[0]);
        Assert.Equal(["城乡社区支出", "120.50", "118.25", "98.13%", ""], fund[1]);
        Assert.Equal(["彩票公益金安排的支出", "30.00", "", "", "未支出"], fund[2]);
        Assert.Equal(["合计", "150.50", "118.25", "78.57%", ""], fund[3]);
        Assert.Equal(5, newTables[^1].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        // Without the new last cell each row is the old row: the column was added, nothing else moved.
        Assert.Equal(Rows(oldTables[^1]), fund.Select(r => r.Take(4).ToList()).ToList());
        for (var i = 0; i < oldTables.Count - 1; i++)
        {
            Assert.Equal(oldTables[i].OuterXml, newTables[i].OuterXml);
        }
        Assert.Equal(DocxReader.BodyParagraphs(before), DocxReader.BodyParagraphs(after));
    }

    [Fact]
    public void Adding_a_form_numbers_it_and_renumbers_the_report_and_the_appended_form()
    {
        using var temp = new TempDirectory();
        Run(temp, 0, "templates", "export", "hunan-2023", "mine");
        var data = WriteFundUnit(temp);
        File.WriteAllText(temp.File(Path.Combine("mine", "forms", "goal-completion.json")), GoalForm());
        var manifest = temp.File(Path.Combine("mine", "manifest.json"));
        var text = File.ReadAllText(manifest).Replace("\r\n", "\n");

        // The form named in forms but not in attachmentList: check counts both lists.
        text = Replace(text, "    \"project-self-evaluation\"\n  ],", "    \"project-self-evaluation\",\n    \"goal-completion\"\n  ],");
        File.WriteAllText(manifest, text);
        var missed = Run(temp, 2, "templates", "check", "mine");
        Assert.Matches(@"mine[/\\]manifest\.json\(\d+,\d+\): error PE530: manifest\.json 的 attachmentList 有 6 项，而 forms 与 appendedForms 共 7 张附表", missed.StandardOutput);

        text = Replace(text, "    \"项目支出绩效自评表（每个一级项目一张表）\",\n", "    \"项目支出绩效自评表（每个一级项目一张表）\",\n    \"年度绩效目标完成情况表\",\n");
        File.WriteAllText(manifest, text);
        Assert.Contains("模板集检查通过", Run(temp, 0, "templates", "check", "mine").StandardOutput);

        var (before, after) = GenerateBoth(temp, data, "mine");
        var oldParagraphs = DocxReader.BodyParagraphs(before);
        var paragraphs = DocxReader.BodyParagraphs(after).ToList();
        Assert.Equal(["附件1", "附件2", "附件3", "附件4", "附件5"], Labels(oldParagraphs));
        Assert.Equal(["附件1", "附件2", "附件3", "附件4", "附件5", "附件6"], Labels(paragraphs));
        Assert.Equal("2023年度部门整体支出绩效目标完成情况表", paragraphs[paragraphs.IndexOf("附件4") + 1]);
        Assert.Equal("2023年度政府性基金预算支出情况表", paragraphs[paragraphs.IndexOf("附件6") + 1]);
        var list = paragraphs.SkipWhile(p => !p.StartsWith("附件：", StringComparison.Ordinal)).Take(5).ToList();
        Assert.Equal(["附件：1.单位整体支出绩效评价基础数据表", "2.单位整体支出绩效自评表", "3.项目支出绩效自评表（每个一级项目一张表）", "4.年度绩效目标完成情况表", "6.政府性基金预算支出情况表"], list);
        Assert.Contains("本单位政府性基金预算支出情况详见附件6《政府性基金预算支出情况表》。", paragraphs);
        Assert.Contains("本单位政府性基金预算支出情况详见附件5《政府性基金预算支出情况表》。", oldParagraphs);

        var oldTables = DocxReader.Tables(before);
        var tables = DocxReader.Tables(after);
        Assert.Equal(oldTables.Count + 1, tables.Count);
        var goals = (JsonArray)JsonNode.Parse(File.ReadAllText(data))!["goals"]!;
        var added = tables.Select(Rows).Single(rows => rows[0].SequenceEqual(["序号", "年度绩效目标", "实际完成情况"]));
        Assert.Equal(goals.Count + 1, added.Count);
        for (var i = 0; i < goals.Count; i++)
        {
            Assert.Equal([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (string)goals[i]!["expected"]!, (string)goals[i]!["achieved"]!], added[i + 1]);
        }
        // Every other table as before, in the same order.
        Assert.Equal(oldTables.Select(t => t.OuterXml), tables.Where(t => Rows(t)[0][0] != "序号").Select(t => t.OuterXml));
        // Without the new form's page (its label up to the section break before the report) and its list entry, and
        // with the later numbers moved back by one, the text is the old text.
        var rest = paragraphs.Take(paragraphs.IndexOf("附件4")).Concat(paragraphs.Skip(paragraphs.IndexOf("附件5") - 1))
            .Where(p => p != "4.年度绩效目标完成情况表")
            .Select(p => p.Replace("附件5", "附件4", StringComparison.Ordinal).Replace("附件6", "附件5", StringComparison.Ordinal).Replace("6.政府性基金", "5.政府性基金", StringComparison.Ordinal));
        Assert.Equal(oldParagraphs, rest);

        // A unit with no goals and no fund budget: the new form prints its "/" row, the report is 附件5, nothing is 附件6.
        var bare = JsonNode.Parse(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")))!;
        bare["goals"] = new JsonArray();
        File.WriteAllText(temp.File("bare-unit.json"), bare.ToJsonString());
        Run(temp, 0, "generate", "bare-unit.json", "-o", "bare", "--templates", "mine");
        var barePackage = File.ReadAllBytes(temp.File(Path.Combine("bare", Output)));
        Assert.Empty(DocxReader.ValidationErrors(barePackage));
        var bareParagraphs = DocxReader.BodyParagraphs(barePackage);
        Assert.Equal(["附件1", "附件2", "附件3", "附件4", "附件5"], Labels(bareParagraphs));
        Assert.Equal("4.年度绩效目标完成情况表", bareParagraphs.SkipWhile(p => !p.StartsWith("附件：", StringComparison.Ordinal)).Take(5).Last());
        var bareForm = DocxReader.Tables(barePackage).Select(Rows).Single(rows => rows[0][0] == "序号");
        Assert.Equal([["序号", "年度绩效目标", "实际完成情况"], ["/", "/", "/"]], bareForm);
    }

    [Fact]
    public void A_set_for_a_new_year_made_from_last_years_changes_only_the_reworded_text()
    {
        using var temp = new TempDirectory();
        Run(temp, 0, "templates", "export", "hunan-2023", "hunan-2023");
        CopyDirectory(temp.File("hunan-2023"), temp.File("hunan-2024"));
        var manifest = temp.File(Path.Combine("hunan-2024", "manifest.json"));
        var text = File.ReadAllText(manifest);
        text = Replace(text, "\"name\": \"hunan-2023\"", "\"name\": \"hunan-2024\"");
        text = Replace(text, "湖南省2023年度起", "湖南省2024年度起");
        text = Replace(text, "\"reportTitle\": \"{{unit.year}}年度{{unit.name}}\\n单位整体支出绩效自评报告\"", "\"reportTitle\": \"{{unit.year}}年度{{unit.name}}\\n部门整体支出绩效自评报告\"");
        File.WriteAllText(manifest, text);
        var section = temp.File(Path.Combine("hunan-2024", "sections", "政府性基金预算支出情况.scriban"));
        File.WriteAllText(section, Replace(File.ReadAllText(section), "本单位无政府性基金预算支出。", "{{ unit.year }}年度本单位无政府性基金预算支出。"));
        var sample = temp.File(Path.Combine("hunan-2024", "样例数据.json"));
        File.WriteAllText(sample, NewYear(File.ReadAllText(sample)));
        File.WriteAllText(temp.File("unit-2024.json"), NewYear(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json"))));

        Assert.Contains("模板集检查通过", Run(temp, 0, "templates", "check", "hunan-2024").StandardOutput);
        Run(temp, 0, "generate", "unit-2024.json", "-o", "built-in");
        Run(temp, 0, "generate", "unit-2024.json", "-o", "new", "--templates", "hunan-2024");
        Run(temp, 0, "generate", "hunan-2024/样例数据.json", "-o", "sample", "--templates", "hunan-2024");
        // Last year's set is left as it was: it still makes last year's report as the built-in set does.
        Run(temp, 0, "generate", RepoPaths.Example("yueyanglou-2023.json"), "-o", "last-year", "--templates", "hunan-2023");
        Run(temp, 0, "generate", RepoPaths.Example("yueyanglou-2023.json"), "-o", "last-year-built-in");
        Assert.Equal(File.ReadAllBytes(temp.File(Path.Combine("last-year-built-in", Output))), File.ReadAllBytes(temp.File(Path.Combine("last-year", Output))));

        const string name = "岳阳楼区岳阳楼街道办事处2024年度整体支出绩效自评报告.docx";
        var package = File.ReadAllBytes(temp.File(Path.Combine("new", name)));
        Assert.Empty(DocxReader.ValidationErrors(package));
        var paragraphs = DocxReader.BodyParagraphs(package);
        Assert.Contains("2024年度本单位无政府性基金预算支出。", paragraphs);
        Assert.Contains(paragraphs, p => p.EndsWith("部门整体支出绩效自评报告", StringComparison.Ordinal));
        Assert.Contains("2024年度预算单位整体支出绩效评价基础数据表", paragraphs);
        Assert.Contains("2024年度本单位无政府性基金预算支出。", DocxReader.BodyParagraphs(File.ReadAllBytes(temp.File(Path.Combine("sample", name)))));

        var builtIn = Parts(temp.File(Path.Combine("built-in", name)));
        var changed = Parts(temp.File(Path.Combine("new", name)));
        Assert.Equal(builtIn.Keys, changed.Keys);
        foreach (var (part, content) in builtIn)
        {
            var undone = changed[part].Replace("部门整体支出绩效自评报告", "单位整体支出绩效自评报告", StringComparison.Ordinal)
                .Replace("2024年度本单位无政府性基金预算支出。", "本单位无政府性基金预算支出。", StringComparison.Ordinal);
            Assert.True(content == undone, $"{part} changed beyond the report title and the reworded sentence");
        }
        Assert.NotEqual(builtIn["word/document.xml"], changed["word/document.xml"]);
    }

    // The new form exactly as docs/templates.md §7.4 gives it, so the guide's JSON is the JSON tested.
    private static string GoalForm()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "templates.md")).Replace("\r\n", "\n");
        var start = guide.IndexOf("```json\n", guide.IndexOf("forms/goal-completion.json`（", StringComparison.Ordinal), StringComparison.Ordinal) + "```json\n".Length;
        var form = guide[start..guide.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.Contains("\"goal.expected\"", form);
        return form;
    }

    // The example unit with a government fund budget, so the appended fund form is printed: one item spent, one not.
    private static string WriteFundUnit(TempDirectory temp)
    {
        var data = JsonNode.Parse(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")))!;
        data["governmentFundBudget"] = JsonNode.Parse("""
            { "summary": null, "items": [
              { "name": "城乡社区支出", "budget": 120.5, "actual": 118.25 },
              { "name": "彩票公益金安排的支出", "budget": 30, "actual": null } ] }
            """);
        var path = temp.File("fund-unit.json");
        File.WriteAllText(path, data.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return path;
    }

    // A unit's data moved on one year: the year and the dates signed in the following year.
    private static string NewYear(string json)
    {
        var data = JsonNode.Parse(json)!;
        data["unit"]!["year"] = 2024;
        data["signature"]!["filledOn"] = "2025-05";
        data["signature"]!["reportDate"] = "2025-05-26";
        return data.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    // Both packages of one unit, from the built-in set and from the edited one; both valid Open XML.
    private static (byte[] Before, byte[] After) GenerateBoth(TempDirectory temp, string data, string set)
    {
        Run(temp, 0, "generate", data, "-o", "before");
        Run(temp, 0, "generate", data, "-o", "after", "--templates", set);
        var before = File.ReadAllBytes(temp.File(Path.Combine("before", Output)));
        var after = File.ReadAllBytes(temp.File(Path.Combine("after", Output)));
        Assert.Empty(DocxReader.ValidationErrors(after));
        return (before, after);
    }

    private static ProcessRunner.Result Run(TempDirectory temp, int exitCode, params string[] arguments)
    {
        var result = Support.Cli.RunProcess(temp.Path, arguments);
        Assert.True(result.ExitCode == exitCode, $"perfeval {string.Join(' ', arguments)} exited {result.ExitCode}, expected {exitCode}:\n{result.StandardOutput}\n{result.StandardError}");
        return result;
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static List<string> Labels(IEnumerable<string> paragraphs) =>
        paragraphs.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^附件\d+$")).ToList();

    private static List<List<string>> Rows(Table table) =>
        table.Elements<TableRow>().Select(r => DocxReader.CellTexts(r).ToList()).ToList();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

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
