using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Loading;

/// <summary>Reads a unit's JSON data file into <see cref="ReportData"/>; any error found by <see cref="ReportValidator"/> stops it.</summary>
public static class ReportLoader
{
    /// <summary>Loads the data file at <paramref name="path"/>; throws <see cref="PerfEvalException"/> with every error found.</summary>
    public static ReportData LoadFile(string path) => Unwrap(ReportValidator.ValidateFile(path));

    /// <summary>Loads data from JSON text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public static ReportData Parse(string json, string fileName) => Unwrap(ReportValidator.Validate(json, fileName));

    private static ReportData Unwrap(ValidationResult result) =>
        result.Data ?? throw new PerfEvalException(result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList());
}
