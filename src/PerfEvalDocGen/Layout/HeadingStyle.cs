namespace PerfEvalDocGen.Layout;

/// <summary>How one heading level looks and is numbered.</summary>
public sealed class HeadingStyle
{
    /// <summary>The heading's font.</summary>
    public FontSpec Font { get; set; } = new();

    /// <summary>The number pattern: {cn} is the Chinese numeral, {n} the Arabic one, {circled} the circled one (①), e.g. （{cn}）.</summary>
    public string Number { get; set; } = "{cn}、";
}
