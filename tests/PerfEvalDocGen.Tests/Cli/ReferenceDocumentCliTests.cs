using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Tests.Reference;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

/// <summary>The reference document and templates preview through real processes: perfeval, and LibreOffice saving the reference.</summary>
public class ReferenceDocumentCliTests
{
    private const string Output = "岳阳楼区岳阳楼街道办事处2023年度整体支出绩效自评报告.docx";

    [Fact]
    public void A_reference_restyled_and_re_saved_by_libreoffice_changes_the_heading_and_nothing_else()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        var reference = temp.File(Path.Combine("mine", PerfEvalDocGen.Reference.ReferenceDocument.FileName));
        using (var document = WordprocessingDocument.Open(reference, true))
        {
            var heading = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
            heading.StyleRunProperties!.RunFonts!.EastAsia = "方正黑体_GBK";
        }
        // LibreOffice opens the edited reference and saves it again as .docx, as a maintainer using it would.
        var saved = temp.File("saved");
        var conversion = ProcessRunner.Run("soffice", [
            $"-env:UserInstallation=file://{temp.File(".lo-profile")}", "--headless", "--norestore",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", saved, reference], timeoutSeconds: 300);
        var resaved = Path.Combine(saved, Path.GetFileName(reference));
        Assert.True(File.Exists(resaved), conversion.StandardOutput + conversion.StandardError);
        Assert.DoesNotContain("w:styleId=\"PETitle\"", ReferencePackages.Parts(File.ReadAllBytes(resaved))["word/styles.xml"]);
        File.Copy(resaved, reference, overwrite: true);

        var example = RepoPaths.Example("yueyanglou-2023.json");
        Assert.Equal(0, Support.Cli.Run(temp.Path, "generate", example, "-o", "before").ExitCode);
        var after = Support.Cli.Run(temp.Path, "generate", example, "-o", "after", "--templates", "mine");
        Assert.True(after.ExitCode == 0, after.StandardError);
        var package = File.ReadAllBytes(temp.File(Path.Combine("after", Output)));
        Assert.Empty(DocxReader.ValidationErrors(package));
        var before = ReferencePackages.Parts(File.ReadAllBytes(temp.File(Path.Combine("before", Output))));
        var changed = ReferencePackages.Parts(package);

        Assert.Equal(before["word/document.xml"], changed["word/document.xml"]);
        var headingOne = Regex.Match(changed["word/styles.xml"], "<w:style [^>]*w:styleId=\"Heading1\"[^>]*>.*?</w:style>").Value;
        Assert.Contains("w:eastAsia=\"方正黑体_GBK\"", headingOne);
        Assert.DoesNotContain("w:eastAsia=\"黑体\"", headingOne);
        // Every style the body names is defined, under the name the maintainer saw in LibreOffice.
        var styleIds = Regex.Matches(changed["word/styles.xml"], "w:styleId=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(styleIds.Count, styleIds.Distinct().Count());
        foreach (var used in Regex.Matches(changed["word/document.xml"], "<w:(?:pStyle|rStyle) w:val=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct())
        {
            Assert.Contains(used, styleIds);
        }
        Assert.Matches("w:styleId=\"PETitle\"[^>]*><w:name w:val=\"报告标题\"", changed["word/styles.xml"]);
        foreach (var footer in new[] { "word/footer1.xml", "word/footer2.xml" })
        {
            Assert.Contains("PAGE", changed[footer]);
            Assert.Contains("PEFooter", changed[footer]);
        }
    }

    [Fact]
    public void Margins_changed_in_the_reference_move_the_page_and_the_forms_follow_the_new_text_width()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        var reference = temp.File(Path.Combine("mine", PerfEvalDocGen.Reference.ReferenceDocument.FileName));
        using (var document = WordprocessingDocument.Open(reference, true))
        {
            // As Word's 布局→页边距 applied to the whole document: top 30 mm, left 20 mm.
            foreach (var margin in document.MainDocumentPart!.Document!.Body!.Descendants<PageMargin>())
            {
                margin.Top = 1701;
                margin.Left = 1134;
            }
        }
        var example = RepoPaths.Example("yueyanglou-2023.json");
        Assert.Equal(0, Support.Cli.Run(temp.Path, "generate", example, "-o", "before").ExitCode);
        var after = Support.Cli.Run(temp.Path, "generate", example, "-o", "after", "--templates", "mine");
        Assert.True(after.ExitCode == 0, after.StandardError);
        var package = File.ReadAllBytes(temp.File(Path.Combine("after", Output)));
        Assert.Empty(DocxReader.ValidationErrors(package));
        var before = ReferencePackages.Parts(File.ReadAllBytes(temp.File(Path.Combine("before", Output))))["word/document.xml"];
        var changed = ReferencePackages.Parts(package)["word/document.xml"];
        var sections = Regex.Matches(before, "<w:pgMar ").Count;
        Assert.Equal(sections, Regex.Matches(changed, "<w:pgMar w:top=\"1701\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1134\"").Count);
        // The text block is 8 mm (453 twips) wider, and so is every form that spans it.
        var widths = Regex.Matches(before, "<w:tblW w:w=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        var wider = Regex.Matches(changed, "<w:tblW w:w=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(widths.Count, wider.Count);
        Assert.Contains(8844, widths);
        Assert.All(widths.Zip(wider), pair => Assert.Equal(pair.First == 8844 ? 9297 : pair.First, pair.Second));
    }

    [Fact]
    public void A_damaged_reference_stops_generate_with_a_located_chinese_message_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        var reference = temp.File(Path.Combine("mine", PerfEvalDocGen.Reference.ReferenceDocument.FileName));
        File.WriteAllText(reference, "<html>另存时选错了格式</html>");
        foreach (var arguments in new[]
        {
            new[] { "generate", RepoPaths.Example("yueyanglou-2023.json"), "-o", "out", "--templates", "mine" },
            new[] { "validate", RepoPaths.Example("yueyanglou-2023.json"), "--templates", "mine" },
            new[] { "batch", RepoPaths.Example("yueyanglou-2023.json"), "-o", "out", "--templates", "mine" },
            new[] { "templates", "preview", "mine", "--out", "out" },
        })
        {
            var result = Support.Cli.Run(temp.Path, arguments);
            Assert.True(result.ExitCode == 2, $"{arguments[0]}: {result.ExitCode} {result.StandardError}");
            Assert.Contains("error PE370", result.StandardError);
            Assert.Contains("样式参考.docx", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
            Assert.DoesNotContain("Exception", result.StandardError);
            Assert.False(Directory.Exists(temp.File("out")) && Directory.EnumerateFiles(temp.File("out"), "*.docx").Any(), arguments[0]);
        }
    }

    [Fact]
    public void Preview_generates_the_sets_sample_unit_and_its_pdf_and_says_where()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "kaifu-2020", "mine").ExitCode);
        var section = Directory.GetFiles(temp.File(Path.Combine("mine", "sections")), "*.scriban").Order(StringComparer.Ordinal).First();
        File.AppendAllText(section, "\n本段为预览时新加的一句话。\n");

        var result = Support.Cli.Run(temp.Path, "templates", "preview", "mine", "--out", "look");
        Assert.True(result.ExitCode == 0, result.StandardError);
        var docx = Assert.Single(Directory.GetFiles(temp.File("look"), "*.docx"));
        var pdf = Assert.Single(Directory.GetFiles(temp.File("look"), "*.pdf"));
        Assert.Contains(docx, result.StandardOutput);
        Assert.Contains(pdf, result.StandardOutput);
        Assert.Contains("清水塘", Path.GetFileName(docx));
        Assert.Contains("本段为预览时新加的一句话。", string.Concat(DocxReader.BodyParagraphs(File.ReadAllBytes(docx))));
        Assert.Contains("本段为预览时新加的一句话。", TextFolding.Fold(string.Concat(PdfConverter.Pages(pdf))));
        Assert.Empty(Directory.GetDirectories(temp.File("look")));
    }

    [Fact]
    public void Preview_with_other_data_and_no_sample_uses_the_given_file_and_without_either_says_what_to_do()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Support.Cli.Run(temp.Path, "templates", "export", "hunan-2023", "mine").ExitCode);
        File.Delete(temp.File(Path.Combine("mine", PerfEvalDocGen.Templates.SampleData.FileName)));

        var missing = Support.Cli.Run(temp.Path, "templates", "preview", "mine");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error PE376", missing.StandardError);
        Assert.Contains("--data", missing.StandardError);
        Assert.False(Directory.Exists(temp.File("预览")));

        var given = Support.Cli.Run(temp.Path, "templates", "preview", "mine", "--data", RepoPaths.Example("yueyanglou-2023.json"));
        Assert.True(given.ExitCode == 0, given.StandardError);
        Assert.True(File.Exists(temp.File(Path.Combine("预览", Output))));
    }
}
