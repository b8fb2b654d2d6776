namespace PerfEvalDocGen.Validation.Typography;

/// <summary>One typography fault in a data string, and the replacement <c>perfeval fix</c> would make.</summary>
/// <param name="Code">PE531–PE536.</param>
/// <param name="Token">The string value it is in.</param>
/// <param name="Index">Index of the first character concerned within the decoded value.</param>
/// <param name="Length">How many characters the fix replaces.</param>
/// <param name="Replacement">What replaces them.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
internal sealed record TypographyIssue(string Code, JsonStringToken Token, int Index, int Length, string Replacement, string Message);
