using System.Text.RegularExpressions;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>
/// The number tokens of a JSON text, found independently of the reader under test: outside strings, a standard number
/// right after ':', ',' or '['. Each with its offset, 1-based line and column, and raw text.
/// </summary>
internal static partial class NumberTokens
{
    public sealed record Token(int Offset, int Line, int Column, string Raw)
    {
        public bool IsInteger => !Raw.Contains('.') && !Raw.Contains('e') && !Raw.Contains('E');
    }

    public static List<Token> In(string text)
    {
        var tokens = new List<Token>();
        var (line, lineStart, inString, previous) = (1, 0, false, '\0');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    previous = '"';
                }
                continue;
            }
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            if (c == '"')
            {
                inString = true;
                continue;
            }
            if (previous is ':' or ',' or '[' && (char.IsAsciiDigit(c) || c == '-'))
            {
                var match = Number().Match(text, i);
                tokens.Add(new Token(i, line, i - lineStart + 1, match.Value));
                i += match.Length - 1;
                previous = '0';
                continue;
            }
            previous = c;
        }
        return tokens;
    }

    [GeneratedRegex(@"\G-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")]
    private static partial Regex Number();
}
