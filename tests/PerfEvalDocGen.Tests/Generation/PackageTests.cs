using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

public class PackageTests(ExamplePackage example) : IClassFixture<ExamplePackage>
{
    [Fact]
    public void The_package_is_valid_Office2019()
    {
        var errors = DocxReader.ValidationErrors(example.Package.Content);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Generating_twice_gives_byte_identical_files()
    {
        var again = new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json")));
        Assert.Equal(example.Package.FileName, again.FileName);
        Assert.True(example.Package.Content.AsSpan().SequenceEqual(again.Content), "the two packages differ");
    }

    [Fact]
    public void The_file_is_named_after_the_unit_and_year()
    {
        Assert.Equal("岳阳楼区岳阳楼街道办事处2023年度整体支出绩效自评报告.docx", example.Package.FileName);
    }

    [Fact]
    public void Attachments_come_in_order_each_on_a_new_page_with_its_label()
    {
        var labels = DocxReader.StyledParagraphs(example.Package.Content).Where(p => p.Style == "PEAttachmentLabel").Select(p => p.Text).ToList();
        Assert.Equal(["附件1", "附件2", "附件3", "附件4"], labels);
    }

    [Fact]
    public void Numbers_come_from_the_outline()
    {
        var headings = DocxReader.StyledParagraphs(example.Package.Content)
            .Where(p => p.Style == "Heading1")
            .Select(p => p.Text[..p.Text.IndexOf('、')])
            .ToList();
        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"], headings);
    }

    [Fact]
    public void Writing_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var temp = new TempDirectory();
        var target = temp.File(example.Package.FileName);
        File.WriteAllText(target, "old");
        var path = new ReportGenerator().WriteTo(example.Data, temp.Path);
        Assert.Equal(target, path);
        Assert.Equal(example.Package.Content, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }
}
