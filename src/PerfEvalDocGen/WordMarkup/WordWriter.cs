using System.Globalization;
using System.Text;
using System.Xml;

namespace PerfEvalDocGen.WordMarkup;

/// <summary>
/// Writes WordprocessingML as UTF-8 into a growing buffer: elements in the w: namespace (declared on the root), their
/// attributes and text. The bytes are exactly those an <see cref="XmlWriter"/> with default settings (UTF-8 without a
/// byte-order mark, no indenting) writes for the same calls — the same escaping (&amp; &lt; &gt; in text; also &quot;
/// and tab, line feed and carriage return as character references in attributes), the same new-line handling, " />"
/// for an empty element, namespace declarations after an element's attributes — and an invalid XML character or a lone
/// surrogate is refused with the exception <see cref="XmlWriter"/> throws. What it leaves out (its checks of names and of
/// call order, any namespace bookkeeping the w: elements do not need) was most of the time of writing a package body.
/// </summary>
internal sealed class WordWriter
{
    /// <summary>The WordprocessingML main namespace, bound to the prefix w.</summary>
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    // Text in element content turns each new line into these, as XmlWriter's default NewLineHandling.Replace does.
    private static readonly string NewLine = new XmlWriterSettings().NewLineChars;

    private byte[] buffer;
    private int length;
    private string[] open = new string[32];
    private int depth;

    // "<w:name attributes" is written and its '>' is not: the element may still end as " />".
    private bool startTagOpen;

    // Prefixes other than w declared on open elements (prefix, namespace, depth of the element), innermost last.
    private readonly List<(string Prefix, string Uri, int Depth)> scopes = [];

    // Declarations the open start tag owes, written after its attributes as XmlWriter does.
    private readonly List<(string Prefix, string Uri)> pending = [];

    /// <summary>A writer with room for <paramref name="capacity"/> bytes before it grows.</summary>
    public WordWriter(int capacity = 4096)
    {
        buffer = new byte[Math.Max(capacity, 256)];
    }

    /// <summary>What has been written so far.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>Forgets everything written, keeping the buffer for the next part.</summary>
    public void Reset()
    {
        length = 0;
        depth = 0;
        startTagOpen = false;
        scopes.Clear();
        pending.Clear();
    }

    /// <summary>The XML declaration XmlWriter writes for WriteStartDocument(standalone: true).</summary>
    public void Declaration() => Ascii("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");

    /// <summary>Opens &lt;w:<paramref name="name"/>&gt;; the first element declares the w: namespace.</summary>
    public void Start(string name)
    {
        CloseStartTag();
        if (depth == open.Length)
        {
            Array.Resize(ref open, depth * 2);
        }
        if (depth == 0)
        {
            pending.Add(("w", Namespace));
        }
        open[depth++] = name;
        Reserve(name.Length + 3);
        buffer[length++] = (byte)'<';
        buffer[length++] = (byte)'w';
        buffer[length++] = (byte)':';
        AsciiUnchecked(name);
        startTagOpen = true;
    }

    /// <summary>Closes the innermost open element: " />" when nothing was written inside it.</summary>
    public void End()
    {
        if (depth == 0)
        {
            throw new InvalidOperationException("没有可结束的元素。");
        }
        var name = open[--depth];
        if (startTagOpen)
        {
            WritePending();
            Reserve(3);
            buffer[length++] = (byte)' ';
            buffer[length++] = (byte)'/';
            buffer[length++] = (byte)'>';
            startTagOpen = false;
        }
        else
        {
            Reserve(name.Length + 5);
            buffer[length++] = (byte)'<';
            buffer[length++] = (byte)'/';
            buffer[length++] = (byte)'w';
            buffer[length++] = (byte)':';
            AsciiUnchecked(name);
            buffer[length++] = (byte)'>';
        }
        while (scopes.Count > 0 && scopes[^1].Depth > depth)
        {
            scopes.RemoveAt(scopes.Count - 1);
        }
    }

    /// <summary>w:<paramref name="name"/>="<paramref name="value"/>" on the open start tag.</summary>
    public void Attribute(string name, string value)
    {
        AttributeName("w", name);
        Escaped(value, attribute: true);
        Reserve(1);
        buffer[length++] = (byte)'"';
    }

    /// <summary>w:<paramref name="name"/>="<paramref name="value"/>", the number written as int.ToString(InvariantCulture) writes it.</summary>
    public void Attribute(string name, int value)
    {
        AttributeName("w", name);
        Reserve(12);
        value.TryFormat(buffer.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        length += written;
        buffer[length++] = (byte)'"';
    }

    /// <summary>
    /// An attribute in another namespace (xml:space, r:id); a prefix not yet declared with that namespace is declared
    /// on this element, after its attributes.
    /// </summary>
    public void Attribute(string prefix, string name, string ns, string value)
    {
        if (!(prefix == "w" && ns == Namespace) && !(prefix == "xml" && ns is null or XmlNamespace))
        {
            Declare(prefix, ns);
        }
        AttributeName(prefix, name);
        Escaped(value, attribute: true);
        Reserve(1);
        buffer[length++] = (byte)'"';
    }

    /// <summary>xml:space="preserve", which every w:t carries.</summary>
    public void PreserveSpace()
    {
        RequireStartTag();
        Ascii(" xml:space=\"preserve\"");
    }

    /// <summary>Text inside the open element, escaped as XmlWriter escapes element content.</summary>
    public void Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (depth == 0)
        {
            throw new InvalidOperationException("文字只能写在元素之内。");
        }
        CloseStartTag();
        Escaped(text, attribute: false);
    }

    /// <summary>
    /// The bytes of balanced markup <paramref name="write"/> writes inside an element (the w: namespace in scope), to be
    /// written again with <see cref="Raw"/>: markup that is the same in every cell need not be escaped and checked each time.
    /// </summary>
    public static byte[] Capture(Action<WordWriter> write)
    {
        var writer = new WordWriter(256);
        writer.Start("capture");
        // Closes the start tag (and its namespace declaration), so what follows is the content alone.
        writer.Text("");
        var from = writer.length;
        write(writer);
        if (writer.depth != 1)
        {
            throw new InvalidOperationException("捕获的标记没有闭合。");
        }
        return writer.buffer[from..writer.length];
    }

    /// <summary>Writes markup made by <see cref="Capture"/> as the next content of the open element.</summary>
    public void Raw(ReadOnlySpan<byte> markup)
    {
        if (depth == 0)
        {
            throw new InvalidOperationException("标记只能写在元素之内。");
        }
        CloseStartTag();
        Reserve(markup.Length);
        markup.CopyTo(buffer.AsSpan(length));
        length += markup.Length;
    }

    /// <summary>The written bytes as text.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Written);

    private void Declare(string prefix, string uri)
    {
        RequireStartTag();
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].Prefix == prefix)
            {
                if (scopes[i].Uri == uri)
                {
                    return;
                }
                break;
            }
        }
        foreach (var (p, u) in pending)
        {
            if (p == prefix && u == uri)
            {
                return;
            }
        }
        pending.Add((prefix, uri));
        scopes.Add((prefix, uri, depth));
    }

    private void AttributeName(string prefix, string name)
    {
        RequireStartTag();
        Reserve(prefix.Length + name.Length + 4);
        buffer[length++] = (byte)' ';
        AsciiUnchecked(prefix);
        buffer[length++] = (byte)':';
        AsciiUnchecked(name);
        buffer[length++] = (byte)'=';
        buffer[length++] = (byte)'"';
    }

    private void RequireStartTag()
    {
        if (!startTagOpen)
        {
            throw new InvalidOperationException("属性只能写在元素的开始标记里。");
        }
    }

    private void CloseStartTag()
    {
        if (!startTagOpen)
        {
            return;
        }
        WritePending();
        Reserve(1);
        buffer[length++] = (byte)'>';
        startTagOpen = false;
    }

    // XmlWriter writes an element's declarations after its attributes, the last one pushed first.
    private void WritePending()
    {
        for (var i = pending.Count - 1; i >= 0; i--)
        {
            var (prefix, uri) = pending[i];
            Ascii(" xmlns:");
            Ascii(prefix);
            Ascii("=\"");
            Escaped(uri, attribute: true);
            Ascii("\"");
        }
        pending.Clear();
    }

    private void Escaped(string text, bool attribute)
    {
        // Six bytes is the most one UTF-16 unit becomes (&quot;); a new line becomes at most two characters.
        Reserve(text.Length * 6 + 8);
        var span = buffer.AsSpan();
        var at = length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                switch (c)
                {
                    case '&':
                        at = Put(span, at, "&amp;");
                        continue;
                    case '<':
                        at = Put(span, at, "&lt;");
                        continue;
                    case '>':
                        at = Put(span, at, "&gt;");
                        continue;
                    case '"' when attribute:
                        at = Put(span, at, "&quot;");
                        continue;
                    case '\t' when attribute:
                        at = Put(span, at, "&#x9;");
                        continue;
                    case '\n':
                        at = attribute ? Put(span, at, "&#xA;") : Put(span, at, NewLine);
                        continue;
                    case '\r':
                        if (attribute)
                        {
                            at = Put(span, at, "&#xD;");
                            continue;
                        }
                        // "\r\n" and a lone "\r" are each one new line.
                        if (i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            i++;
                        }
                        at = Put(span, at, NewLine);
                        continue;
                    case '\t':
                        break;
                    case < ' ':
                        length = at;
                        throw Refused(text, attribute);
                }
                span[at++] = (byte)c;
            }
            else if (c < 0x800)
            {
                span[at++] = (byte)(0xC0 | (c >> 6));
                span[at++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    length = at;
                    throw Refused(text, attribute);
                }
                var scalar = char.ConvertToUtf32(c, text[++i]);
                span[at++] = (byte)(0xF0 | (scalar >> 18));
                span[at++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                span[at++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                span[at++] = (byte)(0x80 | (scalar & 0x3F));
            }
            else if (c >= 0xFFFE)
            {
                length = at;
                throw Refused(text, attribute);
            }
            else
            {
                span[at++] = (byte)(0xE0 | (c >> 12));
                span[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                span[at++] = (byte)(0x80 | (c & 0x3F));
            }
        }
        length = at;
    }

    // The refusal is XmlWriter's own, so a character is refused with the same exception and message as before.
    private static Exception Refused(string text, bool attribute)
    {
        try
        {
            using var writer = XmlWriter.Create(Stream.Null);
            writer.WriteStartElement("t");
            if (attribute)
            {
                writer.WriteAttributeString("val", text);
            }
            else
            {
                writer.WriteString(text);
            }
            writer.WriteEndElement();
        }
        catch (ArgumentException e)
        {
            return e;
        }
        return new InvalidOperationException($"无法写出文字“{text}”。");
    }

    private static int Put(Span<byte> span, int at, string ascii)
    {
        foreach (var c in ascii)
        {
            span[at++] = (byte)c;
        }
        return at;
    }

    private void Ascii(string text)
    {
        Reserve(text.Length);
        AsciiUnchecked(text);
    }

    // Names and markup are ASCII; callers reserve the room.
    private void AsciiUnchecked(string text)
    {
        var span = buffer.AsSpan(length, text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }
        length += text.Length;
    }

    private void Reserve(int more)
    {
        if (length + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
        }
    }
}
