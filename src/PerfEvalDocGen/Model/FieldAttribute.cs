namespace PerfEvalDocGen.Model;

/// <summary>What a data field means to the person filling it in, and the limits its value must keep; the JSON Schema and the checks read it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldAttribute(string title, string description) : Attribute
{
    /// <summary>The field's Chinese title, e.g. 单位名称.</summary>
    public string Title { get; } = title;

    /// <summary>A Chinese sentence explaining what to fill in.</summary>
    public string Description { get; } = description;

    /// <summary>Whether the report cannot be generated without it.</summary>
    public bool Required { get; init; }

    /// <summary>The smallest value allowed; money and counts default to 0 unless <see cref="AllowNegative"/>.</summary>
    public double Minimum { get; init; } = double.NaN;

    /// <summary>The largest value allowed.</summary>
    public double Maximum { get; init; } = double.NaN;

    /// <summary>Whether a negative number is meaningful (an adjustment, a decrease); on an object field it holds for every number inside it.</summary>
    public bool AllowNegative { get; init; }

    /// <summary>The only texts allowed, when the field is a choice (e.g. 正向, 反向); the check and the schema's enum read it.</summary>
    public string[]? Choices { get; init; }

    /// <summary>The text's format, when it has one.</summary>
    public FieldFormat Format { get; init; }
}
