namespace PerfEvalDocGen.Web.Api;

/// <summary>
/// Lets as many checks and generations run at once as there are cores; further requests wait their turn, in order.
/// The work is all CPU: run together, a burst of requests would share the cores and every answer would come at the
/// end of the burst; taken in turn, each answer comes as soon as its own work is done, and no thread is parked on a
/// core that has nothing to give it.
/// </summary>
internal static class CpuGate
{
    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>Runs <paramref name="work"/> when a core is free; a request given up while it waits is not run.</summary>
    public static async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellation)
    {
        await Slots.WaitAsync(cancellation);
        try
        {
            return work();
        }
        finally
        {
            Slots.Release();
        }
    }
}
