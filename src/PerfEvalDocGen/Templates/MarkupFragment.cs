namespace PerfEvalDocGen.Templates;

/// <summary>Text a template (an included partial) has already written as markup: copied to the output without escaping.</summary>
internal sealed record MarkupFragment(string Text)
{
    public override string ToString() => Text;
}
