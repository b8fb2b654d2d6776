namespace PerfEvalDocGen.Templates;

/// <summary>
/// The bounds every render runs within, so a maintainer's template can neither hang a batch nor fill the disk; each bound
/// has a test that tries to break it, and docs/templates.md lists them.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>Iterations of one loop; the longest list in real data has a few hundred items.</summary>
    public const int LoopIterations = 10_000;

    /// <summary>Depth of nested includes and function calls.</summary>
    public const int RecursionDepth = 32;

    /// <summary>Characters one template may write; a whole report is about 20,000.</summary>
    public const int OutputCharacters = 2_000_000;

    /// <summary>Wall-clock time one render may take; a section renders in microseconds.</summary>
    public static readonly TimeSpan RenderTime = TimeSpan.FromSeconds(2);
}
