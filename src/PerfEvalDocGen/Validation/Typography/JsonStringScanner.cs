using System.Globalization;
using System.Text;

namespace PerfEvalDocGen.Validation.Typography;

/// <summary>
/// Finds the string values of a JSON text with their exact offsets, so a fix can replace just those characters and leave
/// every other byte of the file as the user wrote it. Property names are not values and are skipped. The text is
/// assumed to be well-formed JSON (the validator has already read it); a malformed text yields what was found so far.
/// </summary>
internal static class JsonStringScanner
{
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int Index { get; set; }
        public string? Key { get; set; }
        public string Path { get; init; } = "";
    }

    public static IReadOnlyList<JsonStringToken> Scan(string text)
    {
        var result = new List<JsonStringToken>();
        var stack = new Stack<Frame>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '{':
                case '[':
                    stack.Push(new Frame(c == '[') { Path = stack.Count == 0 ? "" : PathOf(stack.Peek()) });
                    i++;
                    break;
                case '}':
                case ']':
                    if (stack.Count > 0)
                    {
                        stack.Pop();
                    }
                    i++;
                    break;
                case ',':
                    if (stack.Count > 0)
                    {
                        var top = stack.Peek();
                        if (top.IsArray)
                        {
                            top.Index++;
                        }
                        else
                        {
                            top.Key = null;
                        }
                    }
                    i++;
                    break;
                case '"':
                    var start = i;
                    if (!ReadString(text, ref i, out var value, out var offsets))
                    {
                        return result;
                    }
                    var frame = stack.Count > 0 ? stack.Peek() : null;
                    if (frame is { IsArray: false, Key: null } && NextIsColon(text, i))
                    {
                        frame.Key = value;
                    }
                    else if (frame is not null)
                    {
                        result.Add(new JsonStringToken(start, i, value, offsets, PathOf(frame), frame.IsArray ? frame.Path : null));
                    }
                    break;
                default:
                    i++;
                    break;
            }
        }
        return result;
    }

    private static string PathOf(Frame frame) =>
        frame.IsArray
            ? frame.Path + "[" + frame.Index.ToString(CultureInfo.InvariantCulture) + "]"
            : frame.Path.Length == 0 ? frame.Key ?? "" : frame.Path + "." + frame.Key;

    private static bool NextIsColon(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i < text.Length && text[i] == ':';
    }

    private static bool ReadString(string text, ref int i, out string value, out int[] offsets)
    {
        // Most strings have no escapes: their characters sit one after another in the text.
        var plain = text.AsSpan(i + 1).IndexOfAny('"', '\\');
        if (plain >= 0 && text[i + 1 + plain] == '"')
        {
            var begin = i + 1;
            value = text.Substring(begin, plain);
            offsets = new int[plain];
            for (var k = 0; k < plain; k++)
            {
                offsets[k] = begin + k;
            }
            i = begin + plain + 1;
            return true;
        }
        var sb = new StringBuilder();
        var map = new List<int>();
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                i++;
                value = sb.ToString();
                offsets = [.. map];
                return true;
            }
            if (c == '\\' && i + 1 < text.Length)
            {
                var at = i;
                var e = text[i + 1];
                if (e == 'u' && i + 5 < text.Length && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    sb.Append((char)code);
                    i += 6;
                }
                else
                {
                    sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => e });
                    i += 2;
                }
                map.Add(at);
                continue;
            }
            sb.Append(c);
            map.Add(i);
            i++;
        }
        value = "";
        offsets = [];
        return false;
    }
}
