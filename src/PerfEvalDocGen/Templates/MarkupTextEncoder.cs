using System.Text;
using HandlebarsDotNet;

namespace PerfEvalDocGen.Templates;

/// <summary>Escapes data written into a template so a unit's text can never become narrative markup.</summary>
internal sealed class MarkupTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder text, TextWriter target)
    {
        for (var i = 0; i < text.Length; i++)
        {
            Write(text[i], target);
        }
    }

    public void Encode(string text, TextWriter target)
    {
        foreach (var c in text)
        {
            Write(c, target);
        }
    }

    public void Encode<T>(T text, TextWriter target)
        where T : IEnumerator<char>
    {
        while (text.MoveNext())
        {
            Write(text.Current, target);
        }
    }

    private static void Write(char c, TextWriter target)
    {
        if (NarrativeMarkup.IsSpecial(c))
        {
            target.Write(NarrativeMarkup.Escape);
        }
        target.Write(c);
    }
}
