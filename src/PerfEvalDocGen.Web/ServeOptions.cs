namespace PerfEvalDocGen.Web;

/// <summary>How <c>perfeval serve</c> runs: where it listens and which template directory, if any, it offers.</summary>
public sealed record ServeOptions
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The largest request body accepted, in bytes (5 MB); a unit's data file is well under 1 MB.</summary>
    public const long MaxBodyBytes = 5 * 1024 * 1024;

    /// <summary>The address to bind; loopback unless the user says otherwise, since there is no login.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>A template set folder (as <c>--templates</c> elsewhere), loaded once at start and offered beside the built-in sets.</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>How many PDF requests may wait for the one converter before the server answers "busy".</summary>
    public int PdfQueueLimit { get; init; } = 4;
}
