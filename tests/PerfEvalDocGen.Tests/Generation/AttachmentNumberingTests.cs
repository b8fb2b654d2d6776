using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>附件 labels, the 附件： list and the report's references all come from what the package actually holds.</summary>
public class AttachmentNumberingTests
{
    private static readonly (string Form, string Title, Action<ReportData, OtherBudget> Set)[] Budgets =
    [
        ("government-fund-budget", "政府性基金预算支出情况表", (d, b) => d.GovernmentFundBudget = b),
        ("state-capital-budget", "国有资本经营预算支出情况表", (d, b) => d.StateCapitalBudget = b),
        ("social-insurance-budget", "社会保险基金预算支出情况表", (d, b) => d.SocialInsuranceBudget = b),
    ];

    public static TheoryData<int> Subsets() => [0, 1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(Subsets))]
    public void Every_subset_of_fund_tables_is_numbered_on_from_the_report_without_gaps_or_repeats(int mask)
    {
        var data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        var present = Budgets.Where((_, i) => (mask & (1 << i)) != 0).ToList();
        foreach (var b in present)
        {
            b.Set(data, new OtherBudget { Items = [new OtherBudgetItem { Name = "某项支出", Budget = 10m + mask, Actual = 9m }] });
        }
        var package = new ReportGenerator().Generate(data);
        Assert.Empty(DocxReader.ValidationErrors(package.Content));
        var paragraphs = DocxReader.StyledParagraphs(package.Content);

        var labels = paragraphs.Where(p => p.Style == "PEAttachmentLabel").Select(p => p.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 4 + present.Count).Select(n => $"附件{n}"), labels);

        // Each table sits under the label the report cites for it.
        for (var i = 0; i < present.Count; i++)
        {
            var label = $"附件{5 + i}";
            var at = paragraphs.ToList().FindIndex(p => p.Style == "PEAttachmentLabel" && p.Text == label);
            Assert.Equal($"2023年度{present[i].Title}", paragraphs[at + 1].Text);
            Assert.Contains(paragraphs, p => p.Text.EndsWith($"详见{label}《{present[i].Title}》。", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("详见附件4", StringComparison.Ordinal));

        // The list names the forms and the tables present, each under its printed number; never the absent ones.
        var list = ListItems(paragraphs);
        var expected = new List<string> { "1.单位整体支出绩效评价基础数据表", "2.单位整体支出绩效自评表", "3.项目支出绩效自评表（每个一级项目一张表）" };
        expected.AddRange(present.Select((b, i) => $"{5 + i}.{b.Title}"));
        Assert.Equal(expected, list);
    }

    [Theory]
    [InlineData("dongfanghong-2022.json")]
    [InlineData("qingshuitang-2020.json")]
    [InlineData("yinpenling-2019.json")]
    [InlineData("yuehu-2019.json")]
    public void Sets_without_forms_print_no_label_and_no_list(string example)
    {
        var paragraphs = DocxReader.StyledParagraphs(new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example(example))).Content);
        Assert.DoesNotContain(paragraphs, p => p.Style == "PEAttachmentLabel");
        Assert.Empty(ListItems(paragraphs));
    }

    [Fact]
    public void A_set_with_only_appended_tables_numbers_them_from_one_after_the_report()
    {
        using var temp = new TempDirectory();
        var folder = ExportHunan(temp, m => m
            .Replace("\"basic-data\",\n    \"overall-self-evaluation\",\n    \"project-self-evaluation\"\n", "")
            .Replace("    \"单位整体支出绩效评价基础数据表\",\n    \"单位整体支出绩效自评表\",\n    \"项目支出绩效自评表（每个一级项目一张表）\",\n", ""));
        var data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        data.StateCapitalBudget = new OtherBudget { Items = [new OtherBudgetItem { Name = "某项支出", Budget = 5m, Actual = 5m }] };
        var paragraphs = DocxReader.StyledParagraphs(new ReportGenerator(TemplateSet.FromDirectory(folder)).Generate(data).Content);
        Assert.Equal(["附件1"], paragraphs.Where(p => p.Style == "PEAttachmentLabel").Select(p => p.Text));
        Assert.Contains(paragraphs, p => p.Text == "本单位国有资本经营预算支出情况详见附件1《国有资本经营预算支出情况表》。");
        Assert.Equal(["1.国有资本经营预算支出情况表"], ListItems(paragraphs));
    }

    [Fact]
    public void An_attachment_list_that_does_not_match_the_forms_is_refused_when_the_set_loads()
    {
        using var temp = new TempDirectory();
        var folder = ExportHunan(temp, m => m.Replace("    \"社会保险基金预算支出情况表\"\n", "").Replace("\"国有资本经营预算支出情况表\",", "\"国有资本经营预算支出情况表\""));
        var error = Assert.Throws<PerfEvalException>(() => TemplateSet.FromDirectory(folder));
        var d = Assert.Single(error.Diagnostics);
        Assert.Equal("PE530", d.Code);
        Assert.Contains("attachmentList 有 5 项", d.Message, StringComparison.Ordinal);
        Assert.Contains("共 6 张附表", d.Message, StringComparison.Ordinal);
        // At the list in manifest.json, so an editor jumps to it.
        var lines = File.ReadAllLines(Path.Combine(folder, "manifest.json"));
        Assert.Equal(("attachmentList", Array.FindIndex(lines, l => l.Contains("\"attachmentList\"", StringComparison.Ordinal)) + 1), (d.JsonPath, d.Line));
        Assert.True(d.Column > 0);
    }

    [Fact]
    public void Attachment_label_of_an_unknown_form_is_a_template_error_naming_the_known_ones()
    {
        using var temp = new TempDirectory();
        var folder = ExportHunan(temp, m => m);
        var section = Path.Combine(folder, "sections", "其他需要说明的情况.scriban");
        File.WriteAllText(section, "见{{ attachment_label \"no-such-form\" }}。\n");
        var error = Assert.Throws<PerfEvalException>(() => new ReportGenerator(TemplateSet.FromDirectory(folder)).Generate(ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"))));
        var d = error.Diagnostics[0];
        Assert.Equal("PE303", d.Code);
        Assert.Contains("no-such-form", d.Message, StringComparison.Ordinal);
        Assert.Contains("government-fund-budget", d.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_see_the_attachments_list_and_the_report_label()
    {
        using var temp = new TempDirectory();
        var folder = ExportHunan(temp, m => m);
        File.WriteAllText(Path.Combine(folder, "sections", "其他需要说明的情况.scriban"),
            "本报告为{{ attachment_label \"report\" }}，材料共{{ length attachments }}个附件：{{ for a in attachments }}{{ a.label }}{{ a.name }}；{{ end }}\n");
        var text = DocxReader.BodyParagraphs(new ReportGenerator(TemplateSet.FromDirectory(folder)).Generate(ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"))).Content);
        Assert.Contains("本报告为附件4，材料共4个附件：附件1单位整体支出绩效评价基础数据表；附件2单位整体支出绩效自评表；附件3项目支出绩效自评表（每个一级项目一张表）；附件4自评报告；", text);
    }

    private static string ExportHunan(TempDirectory temp, Func<string, string> edit)
    {
        var folder = Path.Combine(temp.Path, "set");
        PerfEvalDocGen.Generation.TemplateExport.Export("hunan-2023", folder);
        var manifest = Path.Combine(folder, "manifest.json");
        var text = File.ReadAllText(manifest).Replace("\r\n", "\n");
        var edited = edit(text);
        File.WriteAllText(manifest, edited);
        return folder;
    }

    private static List<string> ListItems(IReadOnlyList<(string? Style, string Text)> paragraphs)
    {
        var start = paragraphs.ToList().FindIndex(p => p.Text.StartsWith("附件：", StringComparison.Ordinal));
        if (start < 0)
        {
            return [];
        }
        var items = new List<string> { paragraphs[start].Text["附件：".Length..] };
        for (var i = start + 1; i < paragraphs.Count && paragraphs[i].Style != "PEAttachmentLabel" && char.IsAsciiDigit(paragraphs[i].Text.FirstOrDefault()); i++)
        {
            items.Add(paragraphs[i].Text);
        }
        return items;
    }
}
