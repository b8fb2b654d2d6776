using System.Text;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.TemplateCheck;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Reference;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>
/// How a maintainer's editor saved a template set's text files: GBK and control characters are refused at their line and
/// column by <c>templates check</c> (and so by generate); a byte-order mark, UTF-16 with its mark and CRLF line ends print
/// the same report as the exported set.
/// </summary>
public class SetTextEncodingTests
{
    private const string Section = "sections/基本支出情况.scriban";

    static SetTextEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Export(TempDirectory temp)
    {
        var set = Path.Combine(temp.Path, "set");
        PerfEvalDocGen.Generation.TemplateExport.Export(TemplateSet.DefaultName, set);
        return set;
    }

    [Theory]
    [InlineData(Section)]
    [InlineData("manifest.json")]
    [InlineData("forms/basic-data.json")]
    public void A_file_saved_as_GBK_is_PE336_at_its_first_Chinese_character(string file)
    {
        using var temp = new TempDirectory();
        var set = Export(temp);
        var path = Path.Combine(set, file);
        var text = File.ReadAllText(path);
        File.WriteAllBytes(path, Encoding.GetEncoding("GBK").GetBytes(text));
        var first = text.Select((c, i) => (c, i)).First(p => p.c > 0x7F).i;
        var line = 1 + text[..first].Count(c => c == '\n');
        var column = first - (text.LastIndexOf('\n', Math.Max(0, first - 1)) + 1) + 1;

        var found = TemplateSetCheck.Check(set);

        var error = Assert.Single(found, d => d.Code == "PE336");
        Assert.Equal((path, line, column), (error.File, error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message);
        Assert.Equal("PE336", Assert.Throws<PerfEvalException>(() => TemplateSet.FromDirectory(set)).Diagnostics[0].Code);
    }

    [Fact]
    public void A_control_character_in_a_template_is_PE337_at_its_place_not_an_internal_error()
    {
        using var temp = new TempDirectory();
        var set = Export(temp);
        var path = Path.Combine(set, Section);
        var lines = File.ReadAllText(path).Split('\n');
        lines[1] = "前\u0001" + lines[1];
        File.WriteAllText(path, string.Join('\n', lines));

        var error = Assert.Single(TemplateSetCheck.Check(set));

        Assert.Equal(("PE337", path, 2, 2), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("U+0001", error.Message);
    }

    [Fact]
    public void A_control_character_in_the_manifest_is_PE337()
    {
        using var temp = new TempDirectory();
        var set = Export(temp);
        var path = Path.Combine(set, "manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("整体支出绩效自评报告\"", "整体支出绩效自评报告\u001b\"", StringComparison.Ordinal));

        Assert.Equal("PE337", Assert.Single(TemplateSetCheck.Check(set)).Code);
    }

    [Fact]
    public void A_byte_order_mark_UTF16_and_CRLF_print_the_exported_report()
    {
        using var temp = new TempDirectory();
        var set = Export(temp);
        string Document() => ReferencePackages.Parts(ReferencePackages.Generate(ReferencePackages.Examples[TemplateSet.DefaultName], TemplateSet.FromDirectory(set)))["word/document.xml"];
        var before = Document();

        foreach (var file in new[] { "manifest.json", "forms/basic-data.json", Section })
        {
            var path = Path.Combine(set, file);
            var crlf = File.ReadAllText(path).Replace("\n", "\r\n");
            File.WriteAllText(path, crlf, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }
        var utf16 = Path.Combine(set, "sections", "机构设置.scriban");
        File.WriteAllText(utf16, File.ReadAllText(utf16), Encoding.Unicode);

        Assert.Empty(TemplateSetCheck.Check(set));
        Assert.Equal(before, Document());
    }

    [Theory]
    [InlineData("{{ \"a\\x01b\" }}", "\\x01")]
    [InlineData("文字{{ \"a\\u001bb\" }}", "\\u001b")]
    public void A_string_escape_making_a_control_character_is_PE337_at_the_escape(string line, string escape)
    {
        using var temp = new TempDirectory();
        var set = Export(temp);
        var path = Path.Combine(set, Section);
        File.WriteAllText(path, File.ReadAllText(path) + line + "\n");
        var lines = File.ReadAllText(path).Split('\n');
        var row = Array.FindIndex(lines, l => l.Contains(escape, StringComparison.Ordinal));

        var error = Assert.Single(TemplateSetCheck.Check(set));

        Assert.Equal(("PE337", row + 1, lines[row].IndexOf(escape, StringComparison.Ordinal) + 1), (error.Code, error.Line, error.Column));
        Assert.Equal("PE337", Assert.Single(Assert.Throws<PerfEvalException>(() => TemplateSet.FromDirectory(set)).Diagnostics).Code);
    }

    [Fact]
    public void Ordinary_escapes_are_kept() =>
        Assert.Equal("a\nb\tc", new TemplateEngine().Compile("{{ \"a\\nb\\tc\" }}", "sections/t.scriban").Render(TemplateModel.Create(new PerfEvalDocGen.Model.ReportData(), PerfEvalDocGen.Figures.FigureCalculator.Compute(new PerfEvalDocGen.Model.ReportData()))));
}
