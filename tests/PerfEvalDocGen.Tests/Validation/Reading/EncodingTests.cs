using System.Text;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>
/// A data file saved in another encoding: UTF-16 and UTF-32 (with or without BOM) decode one way only and are read with
/// a warning, giving the same data as UTF-8; GBK/GB18030 and other bytes that are not UTF-8 are refused, naming the
/// encoding, where the first such byte is and how to convert.
/// </summary>
public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string ExampleText => File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json"));

    public static TheoryData<string, string> Unicode() => new()
    {
        { "utf-16le-bom", "UTF-16（小端，带 BOM）" },
        { "utf-16le", "UTF-16（小端，无 BOM）" },
        { "utf-16be-bom", "UTF-16（大端，带 BOM）" },
        { "utf-16be", "UTF-16（大端，无 BOM）" },
        { "utf-32le-bom", "UTF-32（小端，带 BOM）" },
        { "utf-8-bom", "" },
    };

    internal static byte[] Encode(string text, string form)
    {
        Encoding encoding = form switch
        {
            "utf-16le-bom" or "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be-bom" or "utf-16be" => new UnicodeEncoding(true, true),
            "utf-32le-bom" => new UTF32Encoding(false, true),
            "utf-8-bom" => new UTF8Encoding(true),
            "gb18030" => Encoding.GetEncoding(54936),
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };
        var body = encoding.GetBytes(text);
        return form.EndsWith("bom", StringComparison.Ordinal) ? [.. encoding.GetPreamble(), .. body] : body;
    }

    [Theory]
    [MemberData(nameof(Unicode))]
    public void Unicode_encodings_read_the_same_data_with_a_warning(string form, string name)
    {
        using var temp = new TempDirectory();
        var utf8 = temp.File("utf8.json");
        var other = temp.File($"{form}.json");
        File.WriteAllText(utf8, ExampleText, new UTF8Encoding(false));
        File.WriteAllBytes(other, Encode(ExampleText, form));
        var expected = ReportValidator.ValidateFile(utf8);
        var result = ReportValidator.ValidateFile(other);
        Assert.NotNull(result.Data);
        Assert.Equal(expected.Data!.Unit.Name, result.Data.Unit.Name);
        Assert.Equal(expected.Data.Budget.Executed, result.Data.Budget.Executed);
        Assert.Equal(expected.Data.Indicators.Select(i => i.Level3), result.Data.Indicators.Select(i => i.Level3));
        // Positions are those of the UTF-8 file: the text is the same.
        Assert.Equal(expected.Diagnostics.Select(d => (d.Code, d.Line, d.Column)), result.Diagnostics.Where(d => d.Code != "PE139").Select(d => (d.Code, d.Line, d.Column)));
        if (name.Length == 0)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PE139");
            return;
        }
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PE139");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(name, warning.Message);
        Assert.Contains("UTF-8", warning.Suggestion);
    }

    [Fact]
    public void Gbk_is_refused_at_its_first_byte_naming_the_encoding_and_the_conversion()
    {
        using var temp = new TempDirectory();
        var path = temp.File("gbk.json");
        File.WriteAllBytes(path, Encode(ExampleText, "gb18030"));
        var result = ReportValidator.ValidateFile(path);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PE138", error.Code);
        Assert.Contains("GBK/GB18030", error.Message);
        Assert.Contains("iconv -f GB18030 -t UTF-8", error.Suggestion);
        // The first character that is not ASCII in the example is where the first non-UTF-8 byte is.
        var lines = ExampleText.Split('\n');
        var line = Array.FindIndex(lines, l => l.Any(c => c > 0x7F));
        Assert.Equal((line + 1, lines[line].Select((c, i) => (c, i)).First(p => p.c > 0x7F).i + 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "Office")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0x7B, 0xC0, 0xC1, 0xF5, 0xFF, 0x7D }, "UTF-8")]
    [InlineData(new byte[] { 0x7B, 0x20, 0x00, 0x00, 0x00, 0x7D, 0x20 }, "")]
    public void Other_bytes_are_refused_in_Chinese(byte[] bytes, string named)
    {
        using var temp = new TempDirectory();
        var path = temp.File("odd.json");
        File.WriteAllBytes(path, bytes);
        var result = ReportValidator.ValidateFile(path);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Replacement_characters_in_text_are_an_error()
    {
        var text = ExampleText.Replace("\"name\": \"", "\"name\": \"\uFFFD\uFFFD", StringComparison.Ordinal);
        var result = ReportValidator.Validate(text, "damaged.json");
        Assert.Null(result.Data);
        Assert.Contains(result.Diagnostics, d => d.Code == "PE145" && d.JsonPath == "unit.name");
    }
}
