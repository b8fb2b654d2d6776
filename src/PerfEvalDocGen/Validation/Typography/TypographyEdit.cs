namespace PerfEvalDocGen.Validation.Typography;

/// <summary>One change <c>perfeval fix</c> makes, as it is shown before it is made.</summary>
/// <param name="Line">1-based line of the character changed.</param>
/// <param name="Column">1-based column of the character changed.</param>
/// <param name="JsonPath">The string value's JSON path.</param>
/// <param name="Code">The warning it fixes (PE531–PE536).</param>
/// <param name="Before">The text around the change as written.</param>
/// <param name="After">The same text after the change.</param>
public sealed record TypographyEdit(int Line, int Column, string JsonPath, string Code, string Before, string After);
