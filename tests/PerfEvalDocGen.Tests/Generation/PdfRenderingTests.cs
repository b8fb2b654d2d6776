using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Generation;

/// <summary>
/// LibreOffice opens every example and a few generated units (one start for all) as a real second reader: text,
/// faces, page numbers, the line grid and page flow, measured on the PDF.
/// </summary>
public partial class PdfRenderingTests(RenderedPackages rendered) : IClassFixture<RenderedPackages>
{
    // GB/T 9704 geometry in points: A4, margins 37/35/28/26 mm, 22 lines of 579 twips, page number 14 pt.
    private const double PointsPerMm = 72 / 25.4;
    private const double Pitch = 579 / 20.0;
    private const double LeftEdge = 28 * PointsPerMm;
    private const double RightEdge = (210 - 26) * PointsPerMm;
    private const double TextBottom = (297 - 35) * PointsPerMm;
    private const double NumberIndent = 14;

    public static IEnumerable<object[]> Names() => RenderedPackages.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_character_of_the_text_reaches_the_pdf(string name)
    {
        var document = rendered.Documents[name];
        var expected = CharacterCounts(DocumentText(document.Package.Content));
        // -raw keeps a line-end hyphen that the reading-order mode joins away.
        var actual = CharacterCounts(string.Concat(document.RawPages));
        var missing = expected.Where(e => actual.GetValueOrDefault(e.Key) < e.Value)
            .Select(e => $"{e.Key}×{e.Value - actual.GetValueOrDefault(e.Key)}").ToList();
        Assert.True(missing.Count == 0, $"{name}: missing from the PDF: {string.Join(" ", missing)}");
    }

    [Fact]
    public void Body_headings_and_title_are_set_in_distinct_embedded_faces()
    {
        var document = rendered.Documents["yueyanglou-2023"];
        var pdf = document.PdfPath;
        var names = EmbeddedFonts(pdf);
        Assert.All(names.Values, font => Assert.True(font.Embedded, font.Name + " is not embedded"));
        var page = TitlePage(document);
        var pieces = PdfTextFonts.Read(pdf, page);
        string Face(string text) => names[Tag(pieces.First(p => TextFolding.Fold(p.Text).Contains(TextFolding.Fold(text), StringComparison.Ordinal)).Font)].Name;
        var title = Face("单位整体支出绩效自评报告");
        var heading1 = Face("单位基本情况");
        var heading2 = Face("部门职责");
        var body = Face("协助");
        Assert.Contains("NotoSerifCJK", title);
        Assert.Contains("Bold", title);
        Assert.Contains("NotoSansCJK", heading1);
        Assert.Contains("UKai", heading2);
        Assert.Contains("NotoSerifCJK", body);
        Assert.Contains("Regular", body);
    }

    [Theory]
    [InlineData("yueyanglou-2023")]
    [InlineData("long-yueyanglou-1")]
    [InlineData("dongfanghong-2022")]
    public void Page_numbers_sit_one_character_in_from_the_text_edge_and_never_jump(string name)
    {
        var words = rendered.Documents[name].Words;
        var pages = words.Max(w => w.Page);
        var numbers = new List<int>();
        for (var page = 1; page <= pages; page++)
        {
            var footer = words.Where(w => w.Page == page && w.Top > TextBottom).ToList();
            Assert.True(footer.Count == 3, $"{name} page {page}: no — N — number");
            var number = int.Parse(footer[1].Text);
            numbers.Add(number);
            if (number % 2 == 1)
            {
                Assert.InRange(footer.Max(w => w.Right), RightEdge - NumberIndent - 1.5, RightEdge - NumberIndent + 1.5);
            }
            else
            {
                Assert.InRange(footer.Min(w => w.Left), LeftEdge + NumberIndent - 1.5, LeftEdge + NumberIndent + 1.5);
            }
        }
        Assert.Equal(Enumerable.Range(1, pages), numbers);
    }

    [Theory]
    [InlineData("yueyanglou-2023")]
    [InlineData("long-yueyanglou-2")]
    public void The_title_takes_one_grid_row_a_line_and_body_lines_stay_on_the_grid(string name)
    {
        var document = rendered.Documents[name];
        var words = document.Words;
        var titlePage = TitlePage(document);
        var lines = Lines(words, titlePage);
        // Row 0 of the grid, for 三号 text: the first line of the page after the title page.
        var row0 = Lines(words, titlePage + 1)[0].Top;
        var heading = lines.FindIndex(l => l.Text.StartsWith("一、", StringComparison.Ordinal));
        Assert.True(heading >= 2, $"{name}: no title above the first heading");
        for (var i = 1; i < heading; i++)
        {
            Assert.InRange(lines[i].Top - lines[i - 1].Top, Pitch - 1, Pitch + 1);
        }
        // Title rows, one blank row, then the first heading.
        var first = lines[heading];
        Assert.InRange(first.Top - row0, (heading + 1) * Pitch - 0.5, (heading + 1) * Pitch + 0.5);
        for (var page = titlePage; page <= words.Max(w => w.Page); page++)
        {
            foreach (var line in Lines(words, page).Where(l => page > titlePage || l.Top >= first.Top))
            {
                var row = (line.Top - row0) / Pitch;
                Assert.True(Math.Abs(row - Math.Round(row)) < 0.03 && Math.Round(row) is >= 0 and < 22,
                    $"{name} page {page}: “{line.Text}” is off the grid (row {row:0.00})");
            }
        }
        // The title page is full: its last line is on one of the last two rows (widow control may move one line on).
        Assert.InRange(Math.Round((lines[^1].Top - row0) / Pitch), 20, 21);
    }

    [Fact]
    public void A_full_page_of_body_text_holds_22_lines()
    {
        var document = rendered.Documents["yueyanglou-2023"];
        var words = document.Words;
        var titlePage = TitlePage(document);
        var counts = Enumerable.Range(titlePage + 1, words.Max(w => w.Page) - titlePage - 1).Select(p => Lines(words, p).Count).ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, count => Assert.InRange(count, 20, 22));
        Assert.Contains(22, counts);
    }

    [Theory]
    [InlineData("long-yueyanglou-1", "yueyanglou-2023")]
    [InlineData("long-yueyanglou-2", "yueyanglou-2023")]
    public void A_35_character_unit_name_adds_no_page_to_the_cover_or_the_forms(string name, string example)
    {
        Assert.Equal(35, LayoutUnits.LongName.Length);
        var pages = rendered.Documents[name].Pages.Select(TextFolding.Fold).ToList();
        var cover = pages.FindIndex(p => p.Contains("(盖章)", StringComparison.Ordinal));
        Assert.Contains(TextFolding.Fold(LayoutUnits.LongName), pages[cover]);
        Assert.Contains("整体支出绩效自评报告", pages[cover]);
        Assert.Contains("2024年5月28日", pages[cover]);
        Assert.StartsWith("附件4", pages[cover].TrimStart());
        Assert.Equal(AttachmentPages(rendered.Documents[example].Pages), AttachmentPages(pages));
        Assert.Equal(1, AttachmentPages(pages)[0]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_line_the_document_breaks_is_one_line_of_the_pdf(string name)
    {
        // The document breaks a long title, cover line or sign-off at word ends; the renderer must not break it again
        // inside a word.
        var document = rendered.Documents[name];
        var lines = document.Pages.SelectMany(p => p.Split('\n')).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        var titles = BrokenLines(document.Package.Content).ToList();
        Assert.NotEmpty(titles);
        var broken = titles.Where(t => !lines.Contains(TextFolding.Fold(t))).ToList();
        Assert.True(broken.Count == 0, $"{name}: lines broken again in the PDF: {string.Join(" / ", broken)}");
    }

    [Fact]
    public void The_basic_data_form_stays_on_one_page_with_special_funds_listed()
    {
        var pages = rendered.Documents["funds-yueyanglou-4"].Pages.Select(TextFolding.Fold).ToList();
        Assert.Contains("区级专项资金第4项", pages[0]);
        Assert.Contains("填表人", pages[0]);
        Assert.StartsWith("附件2", pages[1].TrimStart());
    }

    [Fact]
    public void A_basic_data_form_too_long_for_one_page_repeats_its_head_on_the_next()
    {
        // 30 special funds and 15 transfers do not fit one page even at 小五: the columns on the second page are still named.
        var pages = rendered.Documents["funds-yueyanglou-30"].Pages.Select(TextFolding.Fold).ToList();
        Assert.StartsWith("附件1", pages[0].TrimStart());
        Assert.DoesNotContain("填表人", pages[0]);
        Assert.Contains("填表人", pages[1]);
        foreach (var head in new[] { "预算单位名称", "经费控制情况", "2022年决算数", "2023年预算数", "2023年决算数" })
        {
            Assert.Contains(head, pages[1]);
        }
        Assert.StartsWith("附件2", pages[2].TrimStart());
    }

    [Fact]
    public void Every_page_of_indicator_rows_shows_their_level_1_label()
    {
        // 22 产出 indicators are taller than a page: the group is printed in parts, each with its 一级 and 二级 cells.
        var pages = rendered.Documents["indicators-yueyanglou-6"].Pages.Select(TextFolding.Fold).ToList();
        var grid = pages.Where(p => p.Contains("城乡环境综合整治", StringComparison.Ordinal)).ToList();
        Assert.True(grid.Count >= 3, $"the indicators take {grid.Count} pages");
        // The 一级 label's second line, (44分), and the start of the 二级 label (the narrow column wraps it).
        Assert.All(grid, page => Assert.True(GroupWeight().IsMatch(page), $"a page of indicator rows without their 一级 label: {page[..Math.Min(80, page.Length)]}"));
        Assert.All(grid, page => Assert.True(new[] { "数量", "质量", "社会效益", "服务对象" }.Count(l => page.Contains(l, StringComparison.Ordinal)) >= 1,
            $"a page of indicator rows without their 二级 label: {page[..Math.Min(80, page.Length)]}"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_sign_off_is_never_alone_on_the_last_page(string name)
    {
        var document = rendered.Documents[name];
        var pages = document.Pages.Select(p => p.Split('\n').Where(l => l.Trim().Length > 0).ToList()).ToList();
        var last = pages[^1].Where(l => !PageNumber().IsMatch(TextFolding.Fold(l))).ToList();
        Assert.True(last.Count > 2, $"{name}: the last page holds only “{string.Join(" / ", last)}”");
    }

    /// <summary>Pages from each 附件N label to the next, in order.</summary>
    private static List<int> AttachmentPages(IEnumerable<string> pages)
    {
        var starts = pages.Select((p, i) => (Label: Label().Match(TextFolding.Fold(p)), Index: i)).Where(x => x.Label.Success).Select(x => x.Index).ToList();
        return starts.Select((s, i) => (i + 1 < starts.Count ? starts[i + 1] : starts[^1] + 1) - s).SkipLast(1).ToList();
    }

    /// <summary>The page (from 1) with the report's title and its first heading.</summary>
    private static int TitlePage(RenderedPackages.Rendered document) =>
        document.Pages.Select(TextFolding.Fold).ToList().FindIndex(p => p.Contains("一、", StringComparison.Ordinal) && p.Contains("报告", StringComparison.Ordinal)) + 1;

    /// <summary>The text lines of a page above the footer, top to bottom: words whose tops lie within a few points.</summary>
    private static List<(double Top, string Text)> Lines(IReadOnlyList<PdfWord> words, int page)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var word in words.Where(w => w.Page == page && w.Bottom < TextBottom + 2).OrderBy(w => w.Top))
        {
            if (lines.Count > 0 && word.Top - lines[^1][0].Top < 6)
            {
                lines[^1].Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }
        return lines.Select(l => (Top: l.Max(w => w.Top), Text: string.Concat(l.OrderBy(w => w.Left).Select(w => w.Text)))).ToList();
    }

    private static string DocumentText(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Concat(XDocument.Load(stream).Descendants(w + "t").Select(t => t.Value));
    }

    /// <summary>
    /// The lines of every body paragraph outside tables that is a title or has a line break (w:br, not a page break):
    /// titles, cover lines, sign-offs.
    /// </summary>
    private static IEnumerable<string> BrokenLines(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var titles = XDocument.Load(stream).Descendants(w + "p")
            .Where(p => !p.Ancestors(w + "tbl").Any())
            .Where(p => p.Element(w + "pPr")?.Element(w + "pStyle")?.Attribute(w + "val")?.Value == "PETitle"
                || p.Descendants(w + "br").Any(b => b.Attribute(w + "type") is null));
        foreach (var title in titles)
        {
            var text = string.Concat(title.Descendants().Select(e => e.Name == w + "t" ? e.Value : e.Name == w + "br" ? "\n" : ""));
            foreach (var line in text.Split('\n'))
            {
                yield return line;
            }
        }
    }

    private static Dictionary<char, int> CharacterCounts(string text) =>
        text.Where(c => !char.IsWhiteSpace(c)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>pdffonts' fonts by subset tag (ABCDEF), with whether each is embedded.</summary>
    private static Dictionary<string, (string Name, bool Embedded)> EmbeddedFonts(string pdf) =>
        ProcessRunner.Run("pdffonts", [pdf]).StandardOutput.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(f => Tag(f[0]), f => (f[0], f[^5] == "yes"));

    private static string Tag(string font) => font.Split('+')[0];

    [GeneratedRegex(@"—(\d+)—")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\(\d+(\.\d+)?分\)")]
    private static partial Regex GroupWeight();

    [GeneratedRegex(@"^附件\d")]
    private static partial Regex Label();
}
