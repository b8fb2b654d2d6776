namespace PerfEvalDocGen.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Worth a look; generation goes on.</summary>
    Warning,

    /// <summary>Generation stops; nothing is written.</summary>
    Error,
}
