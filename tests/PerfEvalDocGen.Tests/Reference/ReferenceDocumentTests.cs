using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Reference;

/// <summary>样式参考.docx: exported with a set, and its styles, page setup and footers used by the packages, nothing else.</summary>
public partial class ReferenceDocumentTests
{
    [Theory]
    [InlineData("hunan-2023")]
    [InlineData("yuelu-2022")]
    [InlineData("kaifu-2020")]
    [InlineData("kaifu-2019")]
    [InlineData("yuelu-2019-summary")]
    public void An_untouched_exported_reference_gives_the_built_in_package_byte_for_byte(string name)
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp, name);
        Assert.True(File.Exists(ReferencePackages.ReferencePath(folder)));
        var set = TemplateSet.FromDirectory(folder);
        Assert.True(set.HasReferenceDocument);
        var example = ReferencePackages.Examples[name];
        Assert.Equal(ReferencePackages.Generate(example, TemplateSet.Embedded(name)), ReferencePackages.Generate(example, set));
    }

    [Fact]
    public void The_exported_reference_shows_every_style_the_packages_use_and_is_valid()
    {
        using var temp = new TempDirectory();
        var bytes = File.ReadAllBytes(ReferencePackages.ReferencePath(ReferencePackages.Export(temp)));
        Assert.Empty(DocxReader.ValidationErrors(bytes));
        var used = System.Text.RegularExpressions.Regex.Matches(ReferencePackages.Parts(bytes)["word/document.xml"], "<w:pStyle w:val=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var style in new[] { "Normal", "PETitle", "PEAttachmentLabel", "PEFormTitle", "PEFormNote", "PETableText", "PEPlain", "Heading1", "Heading2", "Heading3", "Heading4" })
        {
            Assert.Contains(style, used);
        }
        var parts = ReferencePackages.Parts(bytes);
        Assert.Contains("PEFooter", parts["word/footer1.xml"]);
        Assert.Contains("Heading3Char", parts["word/document.xml"]);
    }

    [Fact]
    public void A_heading_font_and_top_margin_changed_with_the_sdk_arrive_and_nothing_else_changes()
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        using (var document = WordprocessingDocument.Open(ReferencePackages.ReferencePath(folder), true))
        {
            var main = document.MainDocumentPart!;
            var heading = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
            heading.StyleRunProperties!.RunFonts!.EastAsia = "方正黑体_GBK";
            foreach (var margin in main.Document!.Body!.Descendants<PageMargin>())
            {
                margin.Top = 1701; // 30 mm
            }
        }
        var example = ReferencePackages.Examples["hunan-2023"];
        var before = ReferencePackages.Parts(ReferencePackages.Generate(example, TemplateSet.Embedded("hunan-2023")));
        var package = ReferencePackages.Generate(example, TemplateSet.FromDirectory(folder));
        Assert.Empty(DocxReader.ValidationErrors(package));
        var after = ReferencePackages.Parts(package);

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var headingOne = new Regex("<w:style [^>]*w:styleId=\"Heading1\"[^>]*>.*?</w:style>");
        Assert.Contains("w:eastAsia=\"方正黑体_GBK\"", headingOne.Match(after["word/styles.xml"]).Value);
        Assert.Equal(headingOne.Replace(before["word/styles.xml"], ""), headingOne.Replace(after["word/styles.xml"], ""));
        Assert.Equal(Count(before["word/document.xml"], "w:top=\"2098\""), Count(after["word/document.xml"], "w:top=\"1701\""));
        Assert.Equal(before["word/document.xml"], after["word/document.xml"].Replace("w:top=\"1701\"", "w:top=\"2098\""));
        foreach (var part in before.Keys.Where(k => k is not "word/styles.xml" and not "word/document.xml"))
        {
            Assert.Equal(before[part], after[part]);
        }
    }

    [Fact]
    public void A_style_saved_under_another_id_takes_the_place_of_the_built_style_of_its_name()
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        using (var document = WordprocessingDocument.Open(ReferencePackages.ReferencePath(folder), true))
        {
            // As LibreOffice saves it: the custom style under an id of its own, its links following.
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            var title = styles.Elements<Style>().Single(s => s.StyleId == "PETitle");
            title.StyleId = "Style9";
            title.StyleRunProperties!.FontSize!.Val = "52";
            var headingChar = styles.Elements<Style>().Single(s => s.StyleId == "Heading1Char");
            headingChar.StyleId = "1";
            styles.Elements<Style>().Single(s => s.StyleId == "Heading1").LinkedStyle!.Val = "1";
            styles.Elements<Style>().Single(s => s.StyleId == "PEFooter").StyleId = "Style15";
            foreach (var footer in document.MainDocumentPart!.FooterParts)
            {
                foreach (var style in footer.Footer!.Descendants<ParagraphStyleId>())
                {
                    style.Val = "Style15";
                }
            }
        }
        var parts = ReferencePackages.Parts(ReferencePackages.Generate("yueyanglou-2023.json", TemplateSet.FromDirectory(folder)));
        var styleXml = parts["word/styles.xml"];
        Assert.All(new[] { "word/footer1.xml", "word/footer2.xml", "word/footer3.xml" }, f => Assert.Contains("<w:pStyle w:val=\"PEFooter\" />", parts[f]));
        Assert.DoesNotContain("Style15", styleXml);
        Assert.Contains("<w:sz w:val=\"52\" />", Regex.Match(styleXml, "<w:style [^>]*w:styleId=\"PETitle\"[^>]*><w:name w:val=\"报告标题\" />.*?</w:style>").Value);
        Assert.DoesNotContain("Style9", styleXml);
        Assert.Equal(1, Count(styleXml, "w:styleId=\"PETitle\""));
        Assert.Equal(1, Count(styleXml, "w:styleId=\"Heading1Char\""));
        Assert.Contains("<w:link w:val=\"Heading1Char\" />", styleXml);
    }

    [Fact]
    public void Styles_only_the_reference_has_are_kept_and_list_numbering_is_dropped()
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        using (var document = WordprocessingDocument.Open(ReferencePackages.ReferencePath(folder), true))
        {
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            styles.Append(new Style(new StyleName { Val = "维护者自己的样式" }) { Type = StyleValues.Paragraph, StyleId = "MaintainerOwn", CustomStyle = true });
            styles.Elements<Style>().Single(s => s.StyleId == "Heading2").StyleParagraphProperties!.Append(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 7 }));
        }
        var package = ReferencePackages.Generate("yueyanglou-2023.json", TemplateSet.FromDirectory(folder));
        Assert.Empty(DocxReader.ValidationErrors(package));
        var styleXml = ReferencePackages.Parts(package)["word/styles.xml"];
        Assert.Contains("w:styleId=\"MaintainerOwn\"", styleXml);
        Assert.DoesNotContain("w:numPr", styleXml);
    }

    [Fact]
    public void An_inverted_overflow_punctuation_from_a_re_save_is_set_back()
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        using (var document = WordprocessingDocument.Open(ReferencePackages.ReferencePath(folder), true))
        {
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            styles.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.OverflowPunctuation!.Remove();
            foreach (var overflow in styles.Descendants<OverflowPunctuation>())
            {
                overflow.Val = false;
            }
        }
        var styleXml = ReferencePackages.Parts(ReferencePackages.Generate("yueyanglou-2023.json", TemplateSet.FromDirectory(folder)))["word/styles.xml"];
        Assert.DoesNotContain("<w:overflowPunct w:val=\"false\" />", styleXml);
        Assert.Matches("<w:pPrDefault><w:pPr>.*?<w:overflowPunct w:val=\"true\" />", styleXml);
    }

    [Fact]
    public void What_the_manifest_writes_out_wins_over_the_reference_and_the_rest_comes_from_it()
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        using (var document = WordprocessingDocument.Open(ReferencePackages.ReferencePath(folder), true))
        {
            var main = document.MainDocumentPart!;
            var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
            styles.Single(s => s.StyleId == "Heading1").StyleRunProperties!.RunFonts!.EastAsia = "方正黑体_GBK";
            styles.Single(s => s.StyleId == "Normal").StyleRunProperties!.RunFonts!.EastAsia = "华文仿宋";
            foreach (var margin in main.Document!.Body!.Descendants<PageMargin>())
            {
                margin.Top = 1701;
                margin.Left = 1800;
            }
        }
        var path = Path.Combine(folder, "manifest.json");
        var manifest = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(path));
        manifest["layout"] = Newtonsoft.Json.Linq.JObject.Parse("""{ "body": { "eastAsia": "方正仿宋_GBK" }, "marginTop": 30.5 }""");
        File.WriteAllText(path, manifest.ToString());

        var package = ReferencePackages.Generate("yueyanglou-2023.json", TemplateSet.FromDirectory(folder));
        Assert.Empty(DocxReader.ValidationErrors(package));
        var parts = ReferencePackages.Parts(package);
        var normal = Regex.Match(parts["word/styles.xml"], "<w:style [^>]*w:styleId=\"Normal\"[^>]*>.*?</w:style>").Value;
        Assert.Contains("w:eastAsia=\"方正仿宋_GBK\"", normal);
        Assert.DoesNotContain("华文仿宋", parts["word/styles.xml"]);
        Assert.Contains("w:eastAsia=\"方正黑体_GBK\"", Regex.Match(parts["word/styles.xml"], "<w:style [^>]*w:styleId=\"Heading1\"[^>]*>.*?</w:style>").Value);
        Assert.Contains("w:top=\"1729\"", parts["word/document.xml"]);
        Assert.Contains("w:left=\"1800\"", parts["word/document.xml"]);
        Assert.DoesNotContain("w:top=\"1701\"", parts["word/document.xml"]);
    }

    public static TheoryData<string, string> DamagedReferences => new()
    {
        { "random", "PE370" },
        { "empty", "PE370" },
        { "text", "PE370" },
        { "zip-without-document", "PE370" },
        { "truncated", "PE370" },
        { "bad-styles-xml", "PE370" },
        { "unpacks-too-large", "PE371" },
        { "footer-with-picture", "PE372" },
        { "footer-outside-the-schema", "PE374" },
        { "margins-fill-the-page", "PE373" },
        { "grid-taller-than-page", "PE373" },
    };

    [Theory]
    [MemberData(nameof(DamagedReferences))]
    public void A_reference_that_cannot_be_used_is_refused_with_its_code_and_file(string damage, string code)
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        var path = ReferencePackages.ReferencePath(folder);
        Damage(path, damage);
        var error = Assert.Single(Assert.Throws<PerfEvalException>(() => TemplateSet.FromDirectory(folder)).Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.File);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
        Assert.False(string.IsNullOrEmpty(error.Suggestion));
    }

    private static void Damage(string path, string damage)
    {
        switch (damage)
        {
            case "random":
                File.WriteAllBytes(path, Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 251)).ToArray());
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "text":
                File.WriteAllText(path, "这不是 Word 文档");
                break;
            case "zip-without-document":
                File.Delete(path);
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
                    writer.Write("no document");
                }
                break;
            case "truncated":
                var bytes = File.ReadAllBytes(path);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "bad-styles-xml":
                Replace(path, "word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style");
                break;
            case "unpacks-too-large":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
                {
                    using var stream = zip.CreateEntry("word/media/filler.bin", CompressionLevel.SmallestSize).Open();
                    var block = new byte[1024 * 1024];
                    for (var i = 0; i < 40; i++)
                    {
                        stream.Write(block);
                    }
                }
                break;
            case "footer-with-picture":
                using (var document = WordprocessingDocument.Open(path, true))
                {
                    var footer = document.MainDocumentPart!.FooterParts.First();
                    using var image = new MemoryStream([0x89, 0x50, 0x4E, 0x47]);
                    footer.AddImagePart(ImagePartType.Png).FeedData(image);
                }
                break;
            case "footer-outside-the-schema":
                Replace(path, "word/footer1.xml", "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:jc w:val=\"middle-ish\" /></w:pPr></w:p></w:ftr>");
                break;
            case "margins-fill-the-page":
                using (var document = WordprocessingDocument.Open(path, true))
                {
                    foreach (var margin in document.MainDocumentPart!.Document!.Body!.Descendants<PageMargin>())
                    {
                        margin.Left = 6000;
                        margin.Right = 6000;
                    }
                }
                break;
            case "grid-taller-than-page":
                using (var document = WordprocessingDocument.Open(path, true))
                {
                    foreach (var grid in document.MainDocumentPart!.Document!.Body!.Descendants<DocGrid>())
                    {
                        grid.LinePitch = 20000;
                    }
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage));
        }
    }

    private static void Replace(string path, string part, string content)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(part)!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open());
        writer.Write(content);
    }

    private static int Count(string text, string what) => Regex.Matches(text, Regex.Escape(what)).Count;
}
