namespace PerfEvalDocGen.Diagnostics;

/// <summary>Raised when a user's input (data, templates, paths) stops generation; carries the diagnostics that say why.</summary>
public sealed class PerfEvalException : Exception
{
    /// <summary>Creates the exception from its diagnostics.</summary>
    public PerfEvalException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception from a single diagnostic.</summary>
    public PerfEvalException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
