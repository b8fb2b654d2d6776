using System.Text;
using System.Xml;
using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tests.WordMarkup;

/// <summary>
/// The package body's writer against <see cref="XmlWriter"/> with the settings the package used before it (UTF-8
/// without a byte-order mark, no indenting): the same calls must give the same bytes, and what XmlWriter refuses
/// must be refused with the same exception.
/// </summary>
public sealed class WordWriterTests
{
    private const string W = WordWriter.Namespace;

    // One step of a writing script, applied to both writers.
    private abstract record Step;

    private sealed record StartStep(string Name) : Step;

    private sealed record AttributeStep(string Name, string Value) : Step;

    private sealed record TextStep(string Text) : Step;

    private sealed record EndStep : Step;

    [Theory]
    [InlineData("&")]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("\t")]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n\r")]
    [InlineData("a\r\rb\r\n\nc")]
    [InlineData("]]>")]
    [InlineData("&amp;")]
    [InlineData("\u007F")]
    [InlineData("\u0080\u07FF\u0800\uFFFD")]
    [InlineData("\u2028\u2029\u00A0")]
    [InlineData("岳阳楼街道办事处（盖章）")]
    [InlineData("")]
    public void Special_characters_are_escaped_as_XmlWriter_escapes_them_in_text_and_in_attributes(string text)
    {
        Same([new StartStep("t"), new TextStep(text), new EndStep()]);
        Same([new StartStep("t"), new AttributeStep("val", text), new EndStep()]);
        Same([new StartStep("p"), new AttributeStep("a", text), new AttributeStep("b", text), new StartStep("t"), new TextStep(text), new TextStep(text), new EndStep(), new EndStep()]);
    }

    [Theory]
    [InlineData("\U00020000")]
    [InlineData("😀")]
    [InlineData("a😀b\U0010FFFF")]
    public void Surrogate_pairs_become_four_byte_UTF8(string text)
    {
        Same([new StartStep("t"), new TextStep(text), new EndStep()]);
        Same([new StartStep("t"), new AttributeStep("val", text), new EndStep()]);
        var written = Write(new WordWriter(), [new StartStep("t"), new TextStep(text), new EndStep()]);
        Assert.True(written.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) > 0);
    }

    // Built in code: lone surrogates do not survive as theory data.
    private static readonly string[] Refused =
    [
        "\u0000", "\u0001", "a\u0008b", "\u000B", "\u000C", "\u001F", "\uFFFE", "\uFFFF",
        "\uD800", "a\uD800b", "\uDC00", "\uDC00\uD800", "x\uDBFF", "\uD800\uD800\uDC00",
    ];

    [Fact]
    public void Characters_XmlWriter_refuses_are_refused_with_its_exception()
    {
        foreach (var text in Refused)
        {
            Refuses(text);
        }
    }

    private static void Refuses(string text)
    {
        foreach (var attribute in new[] { false, true })
        {
            Step[] steps = attribute
                ? [new StartStep("t"), new AttributeStep("val", text), new EndStep()]
                : [new StartStep("t"), new TextStep(text), new EndStep()];
            var expected = Assert.ThrowsAny<ArgumentException>(() => Write(XmlWriterFor(new MemoryStream()), steps));
            var actual = Assert.ThrowsAny<ArgumentException>(() => Write(new WordWriter(), steps));
            Assert.Equal(expected.GetType(), actual.GetType());
            Assert.Equal(expected.Message, actual.Message);
        }
    }

    [Fact]
    public void Random_documents_give_the_same_bytes_as_XmlWriter()
    {
        // A fixed seed per round, so a failure is the same on every machine.
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            Same(RandomScript(random), $"seed {seed}");
        }
    }

    [Fact]
    public void A_prefix_other_than_w_is_declared_after_the_attributes_of_each_element_that_uses_it()
    {
        const string r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var word = new WordWriter();
        word.Start("sectPr");
        for (var i = 0; i < 2; i++)
        {
            word.Start("footerReference");
            word.Attribute("type", "default");
            word.Attribute("r", "id", r, "rId" + i);
            word.End();
        }
        word.End();

        var expected = new MemoryStream();
        using (var xml = XmlWriter.Create(expected, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("w", "sectPr", W);
            for (var i = 0; i < 2; i++)
            {
                xml.WriteStartElement("w", "footerReference", W);
                xml.WriteAttributeString("w", "type", W, "default");
                xml.WriteAttributeString("r", "id", r, "rId" + i);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), word.ToString());
    }

    [Fact]
    public void The_declaration_and_a_reset_writer_start_afresh()
    {
        var word = new WordWriter(16);
        word.Start("x");
        word.Text(new string('字', 5000));
        word.Reset();
        word.Declaration();
        word.Start("document");
        word.Start("body");
        word.End();
        word.End();

        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body /></w:document>", word.ToString());
    }

    [Fact]
    public void Numbers_are_written_as_invariant_integers()
    {
        foreach (var number in new[] { 0, 7, -1, 11906, int.MaxValue, int.MinValue })
        {
            var word = new WordWriter();
            word.Start("pgSz");
            word.Attribute("w", number);
            word.End();
            Assert.Equal($"<w:pgSz w:w=\"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" xmlns:w=\"{W}\" />", word.ToString());
        }
    }

    [Fact]
    public void Captured_markup_written_again_gives_the_bytes_of_writing_it_directly()
    {
        static void Properties(WordWriter w)
        {
            w.Start("pStyle");
            w.Attribute("val", "表格\"文字&");
            w.End();
            w.Start("spacing");
            w.Attribute("line", 240);
            w.End();
        }
        var fragment = WordWriter.Capture(Properties);

        var direct = new WordWriter();
        var copied = new WordWriter();
        foreach (var (writer, raw) in new[] { (direct, false), (copied, true) })
        {
            writer.Start("p");
            writer.Start("pPr");
            if (raw)
            {
                writer.Raw(fragment);
            }
            else
            {
                Properties(writer);
            }
            writer.End();
            writer.Start("t");
            writer.Text("x");
            writer.End();
            writer.End();
        }

        Assert.Equal(direct.ToString(), copied.ToString());
        Assert.Throws<InvalidOperationException>(() => WordWriter.Capture(w => w.Start("unclosed")));
        Assert.Throws<InvalidOperationException>(() => new WordWriter().Raw(fragment));
    }

    [Fact]
    public void Misuse_is_refused_rather_than_written()
    {
        var word = new WordWriter();
        Assert.Throws<InvalidOperationException>(() => word.End());
        Assert.Throws<InvalidOperationException>(() => word.Text("x"));
        word.Start("p");
        word.Text("x");
        Assert.Throws<InvalidOperationException>(() => word.Attribute("val", "late"));
    }

    private static void Same(IReadOnlyList<Step> steps, string? because = null)
    {
        var expected = new MemoryStream();
        using (var xml = XmlWriterFor(expected))
        {
            Write(xml, steps);
        }
        var actual = Write(new WordWriter(), steps);
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(actual),
            $"{because}\n expected {Encoding.UTF8.GetString(expected.ToArray())}\n actual   {Encoding.UTF8.GetString(actual)}");
    }

    private static XmlWriter XmlWriterFor(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false });

    private static byte[] Write(WordWriter word, IReadOnlyList<Step> steps)
    {
        word.Declaration();
        foreach (var step in steps)
        {
            switch (step)
            {
                case StartStep start:
                    word.Start(start.Name);
                    break;
                case AttributeStep attribute:
                    word.Attribute(attribute.Name, attribute.Value);
                    break;
                case TextStep text:
                    word.Text(text.Text);
                    break;
                default:
                    word.End();
                    break;
            }
        }
        return word.Written.ToArray();
    }

    private static byte[] Write(XmlWriter xml, IReadOnlyList<Step> steps)
    {
        xml.WriteStartDocument(standalone: true);
        foreach (var step in steps)
        {
            switch (step)
            {
                case StartStep start:
                    xml.WriteStartElement("w", start.Name, W);
                    break;
                case AttributeStep attribute:
                    xml.WriteAttributeString("w", attribute.Name, W, attribute.Value);
                    break;
                case TextStep text:
                    xml.WriteString(text.Text);
                    break;
                default:
                    xml.WriteEndElement();
                    break;
            }
        }
        xml.WriteEndDocument();
        xml.Flush();
        return [];
    }

    // A well-formed random tree: elements with attributes, text, empty elements and nesting.
    private static List<Step> RandomScript(Random random)
    {
        var steps = new List<Step> { new StartStep("document") };
        var depth = 1;
        var canAttribute = true;
        for (var i = random.Next(1, 80); i > 0; i--)
        {
            switch (random.Next(6))
            {
                case 0 or 1 when depth < 12:
                    steps.Add(new StartStep(Names[random.Next(Names.Length)]));
                    depth++;
                    canAttribute = true;
                    break;
                case 2 when canAttribute:
                    steps.Add(new AttributeStep(Names[random.Next(Names.Length)] + steps.Count, RandomText(random)));
                    break;
                case 3:
                    steps.Add(new TextStep(RandomText(random)));
                    canAttribute = false;
                    break;
                default:
                    if (depth > 1)
                    {
                        steps.Add(new EndStep());
                        depth--;
                        canAttribute = false;
                    }
                    break;
            }
        }
        while (depth-- > 0)
        {
            steps.Add(new EndStep());
        }
        return steps;
    }

    private static readonly string[] Names = ["p", "r", "t", "tc", "pPr", "rFonts", "val", "eastAsia"];

    // Valid XML text: specials, new lines, ASCII, CJK, other BMP characters and surrogate pairs.
    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 24); i > 0; i--)
        {
            switch (random.Next(8))
            {
                case 0:
                    text.Append("&<>\"'\t\n\r"[random.Next(8)]);
                    break;
                case 1:
                    text.Append("\r\n");
                    break;
                case 2:
                    text.Append((char)random.Next(0x20, 0x80));
                    break;
                case 3:
                    text.Append((char)random.Next(0x80, 0x800));
                    break;
                case 4:
                    text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                    break;
                case 5:
                    // The BMP outside the surrogates, up to the two non-characters XML refuses.
                    var c = random.Next(0x800, 0xFFFE);
                    text.Append(c is >= 0xD800 and <= 0xDFFF ? '字' : (char)c);
                    break;
                default:
                    text.Append((char)random.Next(0x4E00, 0x9FFF));
                    break;
            }
        }
        return text.ToString();
    }
}
