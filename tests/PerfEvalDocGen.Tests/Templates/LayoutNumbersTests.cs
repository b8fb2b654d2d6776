using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Reference;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>The layout's numbers (cell margins, lines, cover and sign-off spacing) come from manifest.json, defaults unchanged.</summary>
public class LayoutNumbersTests
{
    private static string Document(TempDirectory temp, string layoutJson, string set = "hunan-2023")
    {
        var folder = ReferencePackages.Export(temp, set);
        File.Delete(ReferencePackages.ReferencePath(folder));
        var path = Path.Combine(folder, "manifest.json");
        var manifest = JObject.Parse(File.ReadAllText(path));
        manifest["layout"] = JObject.Parse(layoutJson);
        File.WriteAllText(path, manifest.ToString());
        var package = ReferencePackages.Generate(ReferencePackages.Examples[set], TemplateSet.FromDirectory(folder));
        Assert.Empty(DocxReader.ValidationErrors(package));
        return ReferencePackages.Parts(package)["word/document.xml"];
    }

    private static string BuiltIn(string set = "hunan-2023") =>
        ReferencePackages.Parts(ReferencePackages.Generate(ReferencePackages.Examples[set], TemplateSet.Embedded(set)))["word/document.xml"];

    [Fact]
    public void Writing_the_defaults_out_changes_nothing()
    {
        using var temp = new TempDirectory();
        var document = Document(temp, """
            { "headerDistance": 15.01,
              "tables": { "cellMargin": 1, "borderWidth": 0.5, "borderColor": "000000", "titleSpaceBefore": 6, "titleSpaceAfter": 12, "noteSpaceBefore": 3 },
              "cover": { "rowsAboveTitle": 4, "rowsBelowTitle": 11, "spareRows": 1, "dateRowsBefore": 1, "dateRightChars": 4 },
              "signOff": { "rowsBefore": 2, "rightChars": 4, "attachmentListRowsBefore": 1, "attachmentListIndentChars": 2, "attachmentListItemIndentChars": 5 } }
            """);
        Assert.Equal(BuiltIn(), document);
    }

    [Fact]
    public void Cell_margins_and_lines_of_every_form_follow_the_manifest()
    {
        using var temp = new TempDirectory();
        var before = BuiltIn();
        var document = Document(temp, """{ "tables": { "cellMargin": 1.5, "borderWidth": 1, "borderColor": "1F3864" } }""");
        Assert.DoesNotContain("w:sz=\"4\"", document);
        Assert.Equal(Regex.Matches(before, "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"").Count,
            Regex.Matches(document, "w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"1F3864\"").Count);
        Assert.Equal(Regex.Matches(before, "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\" /><w:right w:w=\"57\"").Count,
            Regex.Matches(document, "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\" /><w:right w:w=\"85\"").Count);
    }

    [Fact]
    public void Cover_and_sign_off_spacing_follow_the_manifest()
    {
        using var temp = new TempDirectory();
        var before = BuiltIn();
        var document = Document(temp, """{ "cover": { "rowsAboveTitle": 2, "dateRightChars": 6 } }""");
        // The cover follows the forms under its 附件4 label: one row fewer above the title than the setting.
        Assert.Equal("1737", CoverTitleSpacing(before));
        Assert.Equal("579", CoverTitleSpacing(document));
        Assert.DoesNotContain("w:rightChars=\"600\"", before);
        Assert.Contains("w:right=\"1920\" w:rightChars=\"600\"", document);

        using var other = new TempDirectory();
        var signed = Document(other, """{ "signOff": { "rowsBefore": 3, "rightChars": 5 } }""", "yuelu-2022");
        Assert.Contains("<w:spacing w:before=\"1158\" /><w:ind w:left=\"0\" w:leftChars=\"0\" w:right=\"1280\" w:rightChars=\"400\"", BuiltIn("yuelu-2022"));
        Assert.Contains("<w:spacing w:before=\"1737\" /><w:ind w:left=\"0\" w:leftChars=\"0\" w:right=\"1600\" w:rightChars=\"500\"", signed);
    }

    [Fact]
    public void Numbers_a_page_cannot_show_are_refused_where_they_stand()
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        var path = Path.Combine(folder, "manifest.json");
        var manifest = JObject.Parse(File.ReadAllText(path));
        manifest["layout"] = JObject.Parse("""{ "tables": { "borderColor": "red", "cellMargin": -1 }, "cover": { "rowsBelowTitle": 0 }, "signOff": { "rightChars": 120 } }""");
        File.WriteAllText(path, manifest.ToString());
        var errors = Assert.Throws<PerfEvalException>(() => TemplateSet.FromDirectory(folder)).Diagnostics;
        Assert.Equal(
            new[] { "layout.cover.rowsBelowTitle", "layout.signOff.rightChars", "layout.tables.borderColor", "layout.tables.cellMargin" },
            errors.Select(e => e.JsonPath).Order(StringComparer.Ordinal));
        Assert.All(errors, e =>
        {
            Assert.Equal("PE375", e.Code);
            Assert.True(e.Line > 0 && e.Column > 0);
            Assert.Equal(path, e.File);
        });
    }

    private static string CoverTitleSpacing(string document) =>
        Regex.Match(document, "附件4</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"PETitle\" /><w:spacing w:before=\"(\\d+)\"").Groups[1].Value;
}
