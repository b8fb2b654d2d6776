using System.Diagnostics;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// A report generated into <see cref="Temporary"/> beside <see cref="Target"/>, waiting for every unit's report name to
/// be known; its figures wait on the disk (<see cref="FigureStore.Park"/>), so pending units cost little memory.
/// </summary>
internal sealed record PendingReport(
    string Input,
    string Target,
    string Temporary,
    BatchManifestEntry Entry,
    bool FiguresParked,
    IReadOnlyList<Diagnostic> Diagnostics,
    Stopwatch Clock);
