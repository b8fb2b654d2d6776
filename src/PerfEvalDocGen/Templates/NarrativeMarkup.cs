namespace PerfEvalDocGen.Templates;

/// <summary>The characters of the narrative markup that templates produce; documented in docs/templates.md.</summary>
internal static class NarrativeMarkup
{
    /// <summary>Escapes the next character.</summary>
    public const char Escape = '\\';

    /// <summary>At the start of a line, one per level below the section: a heading.</summary>
    public const char Heading = '#';

    /// <summary>Right after the heading marks: the heading runs into the next paragraph.</summary>
    public const char RunIn = '+';

    /// <summary>Doubled, it starts and ends bold text.</summary>
    public const char Emphasis = '*';

    /// <summary>The characters escaped in data text.</summary>
    public static readonly char[] Special = [Escape, Heading, Emphasis];

    public static bool IsSpecial(char c) => c is Escape or Heading or Emphasis;
}
