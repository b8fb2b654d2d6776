using System.IO.Compression;
using System.Xml.Linq;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>Layout written into the package itself: styles, spacing, footers (how it renders is in PdfRenderingTests).</summary>
public class PageLayoutTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IEnumerable<object[]> Examples() =>
        Directory.GetFiles(RepoPaths.Examples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Examples))]
    public void No_empty_paragraph_is_used_for_spacing(string example)
    {
        var body = Part(Generate(example), "word/document.xml").Root!.Element(W + "body")!;
        // Outside tables, a paragraph without text is only a section break, a hairline between tables or a page break.
        var empty = body.Elements(W + "p")
            .Where(p => !p.Descendants(W + "t").Any(t => t.Value.Length > 0))
            .Where(p => p.Descendants(W + "sectPr").Any() is false)
            .Where(p => p.Descendants(W + "br").Any(b => (string?)b.Attribute(W + "type") == "page") is false)
            .Where(p => (string?)p.Element(W + "pPr")?.Element(W + "spacing")?.Attribute(W + "line") != "20")
            .ToList();
        Assert.Empty(empty);
    }

    [Fact]
    public void Headings_use_Words_built_in_styles_with_outline_levels()
    {
        var styles = Part(Generate("yueyanglou-2023.json"), "word/styles.xml").Root!.Elements(W + "style").ToList();
        for (var level = 1; level <= 4; level++)
        {
            var style = styles.Single(s => (string?)s.Attribute(W + "styleId") == $"Heading{level}");
            Assert.Equal($"heading {level}", (string?)style.Element(W + "name")?.Attribute(W + "val"));
            Assert.Null(style.Attribute(W + "customStyle"));
            Assert.Equal((level - 1).ToString(), (string?)style.Element(W + "pPr")?.Element(W + "outlineLvl")?.Attribute(W + "val"));
            Assert.NotNull(style.Element(W + "pPr")?.Element(W + "keepNext"));
        }
        var document = Part(Generate("yueyanglou-2023.json"), "word/document.xml");
        Assert.Contains(document.Descendants(W + "pStyle"), s => (string?)s.Attribute(W + "val") == "Heading1");
        Assert.DoesNotContain(document.Descendants(W + "pStyle"), s => ((string?)s.Attribute(W + "val"))!.StartsWith("PEHeading", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_does_not_hang_punctuation_and_keeps_widows_and_orphans_together()
    {
        var styles = Part(Generate("yueyanglou-2023.json"), "word/styles.xml").Root!;
        // LibreOffice reads w:overflowPunct inverted: val 1 is what stops it hanging (and losing) a line-end mark.
        Assert.Contains((string?)styles.Element(W + "docDefaults")?.Descendants(W + "overflowPunct").Single().Attribute(W + "val"), new[] { "1", "true" });
        var normal = styles.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == "Normal");
        var widow = normal.Element(W + "pPr")!.Element(W + "widowControl")!;
        Assert.True(widow.Attribute(W + "val") is null || (string?)widow.Attribute(W + "val") is "1" or "true");
    }

    [Fact]
    public void Page_numbers_do_not_inherit_the_first_line_indent()
    {
        var package = Generate("yueyanglou-2023.json");
        var footer = Part(package, "word/styles.xml").Root!.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == "PEFooter");
        Assert.Equal("0", (string?)footer.Element(W + "pPr")?.Element(W + "ind")?.Attribute(W + "firstLine"));
        foreach (var part in new[] { "word/footer1.xml", "word/footer2.xml" })
        {
            var indent = Part(package, part).Descendants(W + "ind").Single();
            Assert.Equal("0", (string?)indent.Attribute(W + "firstLine"));
        }
    }

    [Fact]
    public void Titles_take_one_grid_row_a_line_off_the_grid()
    {
        var styles = Part(Generate("yueyanglou-2023.json"), "word/styles.xml").Root!;
        var title = styles.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == "PETitle").Element(W + "pPr")!;
        Assert.Contains((string?)title.Element(W + "snapToGrid")?.Attribute(W + "val"), new[] { "0", "false" });
        Assert.Equal("579", (string?)title.Element(W + "spacing")?.Attribute(W + "line"));
        Assert.Equal("exact", (string?)title.Element(W + "spacing")?.Attribute(W + "lineRule"));
        Assert.Equal("579", (string?)title.Element(W + "spacing")?.Attribute(W + "after"));
    }

    private static byte[] Generate(string example) =>
        new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example(example))).Content;

    private static XDocument Part(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
