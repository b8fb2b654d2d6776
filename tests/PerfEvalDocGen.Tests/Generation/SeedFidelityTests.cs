using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>Every narrative sentence of seed 004 appears in the generated report, but where the seed carries a slip.</summary>
public class SeedFidelityTests(ExamplePackage example) : IClassFixture<ExamplePackage>
{
    /// <summary>Seed sentences the document deliberately does not reproduce, with the computed text it carries instead.</summary>
    private static readonly (string SeedSentence, string Generated, string Reason)[] Slips =
    [
        ("我办事处机构设置共设有6个职能办公室", "我办事处机构设置共设有6个职能办公室(党政办公室、党建办公室、经济发展办公室、社会事务办公室、应急管理办公室、综治信访办公室),5个站所(",
            "the seed says 6个站所 but lists five; the count is derived from the list (and 其他机构3个 reads 3个其他机构)"),
        // Source slips the template corrects (docs/templates.md, “范例报告的笔误（已改正）”).
        ("岳阳市岳阳楼区岳阳楼街道办事处单位内设机构包括：现有人数共142人", "岳阳市岳阳楼区岳阳楼街道办事处现有人数共142人，其中：在职97人，离退休45人。",
            "the seed opens the head count with a leftover 单位内设机构包括：, and separates the two parts of a two-item 其中 list with ；"),
        ("项目资金使用情况分析2023年度项目支出2707.92万元", "其中业务工作经费共计2706.26万元，占总项目支出的99.94%，",
            "the seed writes 占总项目支出99.94% for the first class and 占总项目支出的0.06% for the next; every class now reads 占总项目支出的"),
    ];

    [Fact]
    public void Every_narrative_sentence_of_the_seed_is_in_the_document()
    {
        var document = DocumentText();
        var missing = SeedSentences()
            .Where(s => !Slips.Any(slip => s.StartsWith(Key(slip.SeedSentence), StringComparison.Ordinal)))
            .Where(s => !document.Contains(s, StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "missing sentences:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Each_slip_is_really_in_the_seed_and_the_document_carries_the_computed_text()
    {
        var seed = SeedSentences().ToList();
        var document = DocumentText();
        foreach (var (seedSentence, generated, reason) in Slips)
        {
            var folded = Key(seedSentence);
            var original = seed.FirstOrDefault(s => s.StartsWith(folded, StringComparison.Ordinal));
            Assert.True(original is not null, $"slip not found in the seed: {seedSentence} ({reason})");
            Assert.DoesNotContain(original, document);
            Assert.Contains(TextFolding.Fold(generated), document);
        }
    }

    [Fact]
    public void The_narrative_has_as_many_sentences_as_the_seed()
    {
        Assert.True(SeedSentences().Count() >= 120, "the seed's narrative was not found in the fixture");
    }

    private static string Key(string sentence) => TextFolding.Fold(sentence).TrimEnd('。');

    private string DocumentText() =>
        string.Concat(DocxReader.BodyParagraphs(example.Package.Content).Select(TextFolding.FoldParagraph));

    private static IEnumerable<string> SeedSentences()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Fixtures, "seeds", "004-yueyanglou-2023.txt"));
        var start = Array.IndexOf(lines, "一、单位基本情况");
        var end = Array.FindIndex(lines, start, l => l.Trim() == "附件：");
        return lines[start..end]
            .Select(TextFolding.FoldParagraph)
            .Where(l => l.Length > 0)
            .SelectMany(TextFolding.Sentences);
    }
}
