using System.Collections.Concurrent;

namespace PerfEvalDocGen.Batch;

/// <summary>What every unit of one run shares: the folder, the templates' fingerprint, the manifest's entries, the figure records and the run's number.</summary>
internal sealed record RunContext(
    string Output,
    string Templates,
    ConcurrentDictionary<string, BatchManifestEntry> Entries,
    FigureStore Store,
    long Reported,
    long Number);
