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

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_package_is_valid_and_opens_in_LibreOffice(string seed)
    {
        var package = new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example(Cases[seed].Example)));
        var errors = DocxReader.ValidationErrors(package.Content);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        using var temp = new TempDirectory();
        var path = temp.File(package.FileName);
        File.WriteAllBytes(path, package.Content);
        var pages = PdfConverter.Pages(PdfConverter.Convert(path));
        Assert.Contains(TextFolding.Fold(ReportLoader.LoadFile(RepoPaths.Example(Cases[seed].Example)).Unit.Year.ToString()), TextFolding.Fold(pages[0]));
        Assert.True(pages.Count >= 2);
    }
}
