using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.WordMarkup;

/// <summary>
/// WordprocessingML building blocks written through a <see cref="WordWriter"/>. The package body is streamed rather than
/// built as an OpenXml SDK element tree: the tree cost more to build and serialise than everything else in a package together.
/// </summary>
internal static class WordXml
{
    public const string Namespace = WordWriter.Namespace;

    public static void Start(WordWriter w, string name) => w.Start(name);

    public static void End(WordWriter w) => w.End();

    public static void Attribute(WordWriter w, string name, string value) => w.Attribute(name, value);

    public static void Attribute(WordWriter w, string name, int value) => w.Attribute(name, value);

    /// <summary>An empty element with w:val, e.g. &lt;w:pStyle w:val="Normal"/&gt;.</summary>
    public static void Value(WordWriter w, string name, string value)
    {
        w.Start(name);
        w.Attribute("val", value);
        w.End();
    }

    /// <summary>An empty element with a number as w:val, e.g. &lt;w:gridSpan w:val="2"/&gt;.</summary>
    public static void Value(WordWriter w, string name, int value)
    {
        w.Start(name);
        w.Attribute("val", value);
        w.End();
    }

    /// <summary>An empty element without attributes, e.g. &lt;w:b/&gt;.</summary>
    public static void Flag(WordWriter w, string name)
    {
        w.Start(name);
        w.End();
    }

    /// <summary>Runs of <paramref name="text"/>, a w:br for each '\n'; <paramref name="properties"/> writes each run's w:rPr.</summary>
    public static void Runs(WordWriter w, string text, Action<WordWriter>? properties) =>
        Runs(w, text, properties is null ? null : static (x, p) => p(x), properties!);

    /// <summary>Runs of <paramref name="text"/>, a w:br for each '\n'; <paramref name="properties"/> writes each run's w:rPr from <paramref name="state"/>.</summary>
    public static void Runs<TState>(WordWriter w, string text, Action<WordWriter, TState>? properties, TState state)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            // Most runs are one line: no need to split a copy of the text.
            Run(w, text, properties, state, lineBreak: false);
            return;
        }
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            Run(w, lines[i], properties, state, lineBreak: i > 0);
        }
    }

    private static void Run<TState>(WordWriter w, string text, Action<WordWriter, TState>? properties, TState state, bool lineBreak)
    {
        w.Start("r");
        properties?.Invoke(w, state);
        if (lineBreak)
        {
            Flag(w, "br");
        }
        w.Start("t");
        w.PreserveSpace();
        w.Text(text);
        w.End();
        w.End();
    }

    /// <summary>w:rPr naming the font in full: fonts, weight, size, language; <paramref name="spacing"/> in twips when not null.</summary>
    public static void FontProperties(WordWriter w, FontSpec font, bool bold, int? spacing = null)
    {
        w.Start("rPr");
        w.Start("rFonts");
        w.Attribute("ascii", font.Latin);
        w.Attribute("hAnsi", font.Latin);
        w.Attribute("eastAsia", font.EastAsia);
        w.Attribute("cs", font.Latin);
        w.End();
        if (bold)
        {
            Flag(w, "b");
            Flag(w, "bCs");
        }
        if (spacing is { } s)
        {
            Value(w, "spacing", s);
        }
        Value(w, "sz", Twips.HalfPoints(font.Size));
        Value(w, "szCs", Twips.HalfPoints(font.Size));
        w.Start("lang");
        w.Attribute("val", "en-US");
        w.Attribute("eastAsia", "zh-CN");
        w.End();
        w.End();
    }

    /// <summary>w:rPr with bold only.</summary>
    public static void BoldProperties(WordWriter w)
    {
        w.Start("rPr");
        Flag(w, "b");
        Flag(w, "bCs");
        w.End();
    }
}
