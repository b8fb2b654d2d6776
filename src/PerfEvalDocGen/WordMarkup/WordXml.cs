using System.Xml;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.WordMarkup;

/// <summary>
/// Writes WordprocessingML straight to an <see cref="XmlWriter"/>. The package body is streamed rather than built as an
/// OpenXml SDK element tree: the tree cost more to build and serialise than everything else in a package together.
/// </summary>
internal static class WordXml
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void Start(XmlWriter w, string name) => w.WriteStartElement("w", name, Namespace);

    public static void End(XmlWriter w) => w.WriteEndElement();

    public static void Attribute(XmlWriter w, string name, string value) => w.WriteAttributeString("w", name, Namespace, value);

    /// <summary>An empty element with w:val, e.g. &lt;w:pStyle w:val="Normal"/&gt;.</summary>
    public static void Value(XmlWriter w, string name, string value)
    {
        Start(w, name);
        Attribute(w, "val", value);
        End(w);
    }

    /// <summary>An empty element without attributes, e.g. &lt;w:b/&gt;.</summary>
    public static void Flag(XmlWriter w, string name)
    {
        Start(w, name);
        End(w);
    }

    /// <summary>Runs of <paramref name="text"/>, a w:br for each '\n'; <paramref name="properties"/> writes each run's w:rPr.</summary>
    public static void Runs(XmlWriter w, string text, Action<XmlWriter>? properties)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            // Most runs are one line: no need to split a copy of the text.
            Run(w, text, properties, lineBreak: false);
            return;
        }
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            Run(w, lines[i], properties, lineBreak: i > 0);
        }
    }

    private static void Run(XmlWriter w, string text, Action<XmlWriter>? properties, bool lineBreak)
    {
        Start(w, "r");
        properties?.Invoke(w);
        if (lineBreak)
        {
            Flag(w, "br");
        }
        Start(w, "t");
        w.WriteAttributeString("xml", "space", null, "preserve");
        w.WriteString(text);
        End(w);
        End(w);
    }

    /// <summary>w:rPr naming the font in full: fonts, weight, size, language; <paramref name="spacing"/> in twips when not null.</summary>
    public static void FontProperties(XmlWriter w, FontSpec font, bool bold, int? spacing = null)
    {
        Start(w, "rPr");
        Start(w, "rFonts");
        Attribute(w, "ascii", font.Latin);
        Attribute(w, "hAnsi", font.Latin);
        Attribute(w, "eastAsia", font.EastAsia);
        Attribute(w, "cs", font.Latin);
        End(w);
        if (bold)
        {
            Flag(w, "b");
            Flag(w, "bCs");
        }
        if (spacing is { } s)
        {
            Value(w, "spacing", s.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Value(w, "sz", Twips.HalfPoints(font.Size));
        Value(w, "szCs", Twips.HalfPoints(font.Size));
        Start(w, "lang");
        Attribute(w, "val", "en-US");
        Attribute(w, "eastAsia", "zh-CN");
        End(w);
        End(w);
    }

    /// <summary>w:rPr with bold only.</summary>
    public static void BoldProperties(XmlWriter w)
    {
        Start(w, "rPr");
        Flag(w, "b");
        Flag(w, "bCs");
        End(w);
    }
}
