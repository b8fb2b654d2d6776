namespace PerfEvalDocGen.Validation.Json;

/// <summary>The diagnostic codes of reading a data file's text (see docs/rules.md).</summary>
internal static class JsonCodes
{
    /// <summary>Not JSON: a structural error after which nothing more can be read.</summary>
    public const string Syntax = "PE101";

    /// <summary>A number not written the standard way (055, 0x37, 55., .5, +5, NaN, Infinity, full-width digits).</summary>
    public const string NonStandardNumber = "PE130";

    /// <summary>A number written with thousands separators (4,388.17).</summary>
    public const string ThousandsSeparator = "PE131";

    /// <summary>A number followed by a unit or other text (950万, 96.5%).</summary>
    public const string NumberWithText = "PE132";

    /// <summary>Full-width (Chinese) punctuation or spaces where JSON needs its own (，：“”｛｝［］, U+3000).</summary>
    public const string FullWidthPunctuation = "PE133";

    /// <summary>A standard number too large or too small to hold (1e400).</summary>
    public const string NumberOutOfRange = "PE134";

    /// <summary>A comment (// or /* */), which JSON does not have.</summary>
    public const string Comment = "PE135";

    /// <summary>A comma after the last item of an object or array.</summary>
    public const string TrailingComma = "PE136";

    /// <summary>Objects and arrays nested deeper than <see cref="StrictJsonReader.MaxDepth"/>.</summary>
    public const string TooDeep = "PE137";
}
