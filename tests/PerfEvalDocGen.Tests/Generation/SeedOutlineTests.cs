using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>Each older seed's report, generated from its example with its own template set: at least 98% of its narrative sentences, every miss named.</summary>
public class SeedOutlineTests
{
    public static TheoryData<string> Seeds() => new(Cases.Keys);

    private static readonly Dictionary<string, (string Seed, string Example, string Start, string? End, (string Sentence, string Reason)[] Misses)> Cases = new()
    {
        ["000"] = ("000-yinpenling-2019.txt", "yinpenling-2019.json", "部门（单位）概况", null,
        [
            ("公务车购置及运行支出3.64万元， ", "the seed leaves an empty slot after the last figure (“3.64万元， 。”); the template closes the sentence"),
        ]),
        ["001"] = ("001-qingshuitang-2020.txt", "qingshuitang-2020.json", "一、整体支出概况", null, []),
        ["002"] = ("002-yuehu-2019.txt", "yuehu-2019.json", "为进一步规范财政资金管理，强化部门责任意识，切实提高财政资金使用效益，相关文件的有关规定，街道积极参与对2019年度部门整体支出绩效评价的工作，现将具体的情况报告如下:", null,
        [
            ("其中:基本支出1610.68万元，项目支出3472.44万元", "the seed types 项目支出 as 3472.44 here and 3472.66 later; 1610.68 + 3472.66 = 5083.34, so the data carries 3472.66 and the sentence prints it"),
            ("2019年街道的基本支出总额为1610.68万元，占年度总支出的31.69%，其中工资福利支出1448.28万元，占基本支出的89.92%，商品和服务支出129.60万元，占基本支出的8.05%，对个人和家庭的补助32.80万元，占基本支出的2.03%", "32.80 ÷ 1610.68 = 2.036%, which rounds to 2.04%; the seed printed 2.03% so that the three shares add up to 100%"),
        ]),
        ["003"] = ("003-dongfanghong-2022.txt", "dongfanghong-2022.json", "一、部门（单位）基本情况", null, []),
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_report_carries_the_seed_narrative(string seed)
    {
        var (seedFile, example, start, end, expectedMisses) = Cases[seed];
        var package = new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example(example)));
        var sentences = SeedFidelity.SeedSentences(seedFile, start, end);
        var misses = SeedFidelity.Misses(sentences, SeedFidelity.DocumentText(package.Content));
        var named = expectedMisses.Select(m => SeedFidelity.Key(m.Sentence)).ToHashSet();
        var unexplained = misses.Where(m => !named.Contains(m)).ToList();
        Assert.True(unexplained.Count == 0, $"seed {seed}: unexplained misses:\n" + string.Join("\n", unexplained));
        Assert.All(named, n => Assert.Contains(n, misses));
        var fidelity = 1.0 - (double)misses.Count / sentences.Count;
        Assert.True(fidelity >= 0.98, $"seed {seed}: {fidelity:P2} of {sentences.Count} sentences");
    }

    [Fact]
    public void Numbering_slips_of_the_seeds_are_not_copied()
    {
        // Seed 000 leaves 部门（单位）概况 unnumbered and jumps from 五 to 七; seed 003 numbers sub-sections 一、二、三 like their parent.
        var summary = DocxReader.StyledParagraphs(new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example("yinpenling-2019.json"))).Content);
        Assert.Equal(["一、部门（单位）概况", "二、", "三、", "四、", "五、", "六、下段工作安排"],
            summary.Where(p => p.Style == "Heading1").Select((p, i) => i is 0 or 5 ? p.Text : p.Text[..2]));
        var report = DocxReader.StyledParagraphs(new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example("dongfanghong-2022.json"))).Content);
        Assert.Equal(["1.2022年工作总结", "2.发展形势分析", "3.2023年工作计划"], report.Where(p => p.Style == "Heading3").Select(p => p.Text));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_package_is_valid(string seed)
    {
        // How LibreOffice renders each example is measured in PdfRenderingTests, all examples in one start.
        var package = new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example(Cases[seed].Example)));
        var errors = DocxReader.ValidationErrors(package.Content);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
