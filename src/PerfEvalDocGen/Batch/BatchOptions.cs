using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Batch;

/// <summary>How a batch runs.</summary>
public sealed record BatchOptions(string OutputDirectory)
{
    /// <summary>A template set for every unit instead of the set each unit's data names.</summary>
    public TemplateSet? Templates { get; init; }

    /// <summary>Units generated at once; all cores by default.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Regenerate every unit, up to date or not.</summary>
    public bool Force { get; init; }

    /// <summary>Also write a PDF beside each report, through LibreOffice.</summary>
    public bool Pdf { get; init; }

    /// <summary>The checks' options (tolerance, strict).</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;
}
