namespace PerfEvalDocGen.Validation.Typography;

/// <summary>One typography fault in a data string, and the replacement <c>perfeval fix</c> would make.</summary>
/// <param name="Code">PE531–PE536.</param>
/// <param name="Token">The string value it is in.</param>
/// <param name="Index">Index of the first character the fix replaces, within the decoded value.</param>
/// <param name="Length">How many characters the fix replaces.</param>
/// <param name="Replacement">What replaces them.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
/// <param name="Mark">The character the warning points at, when the fix also takes in spaces before it; else <paramref name="Index"/>.</param>
internal sealed record TypographyIssue(string Code, JsonStringToken Token, int Index, int Length, string Replacement, string Message, int? Mark = null)
{
    /// <summary>The index within the value that validate reports (line and column) and fix shows.</summary>
    public int Position => Mark ?? Index;

    /// <summary>The character's offset in the JSON text.</summary>
    public int Offset => Token.Offsets.Length == 0 ? Token.Start : Token.Offsets[Math.Min(Position, Token.Offsets.Length - 1)];
}
