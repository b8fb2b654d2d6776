using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation;

/// <summary>What checking a data file found: the data (when it could be read) and every diagnostic, in file order.</summary>
public sealed record ValidationResult(ReportData? Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The data as read, for callers in this library that want its JSON form without serialising it again.</summary>
    internal Newtonsoft.Json.Linq.JToken? Source { get; init; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether any diagnostic is a warning.</summary>
    public bool HasWarnings => Diagnostics.Any(d => d.Severity == Severity.Warning);
}
