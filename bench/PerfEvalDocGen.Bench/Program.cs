using BenchmarkDotNet.Running;
using PerfEvalDocGen.Bench;
using PerfEvalDocGen.Tests.Support;

// `corpus DIR N` writes N distinct units for the whole-process benchmarks; `scale [SIZES…]` times checking long lists;
// `warm [ROUNDS] [PER_ROUND]` times warm generation per package (wall and CPU); `loop N` generates N packages after a
// warm-up and `checkloop N` checks the data N times (for a profiler); anything else runs BenchmarkDotNet.
if (args is ["corpus", var directory, var count])
{
    var example = Path.Combine(AppContext.BaseDirectory, "yueyanglou-2023.json");
    Console.WriteLine($"{Corpus.Write(directory, int.Parse(count), example).Count} units in {directory}");
    return 0;
}
if (args is ["scale", .. var sizes])
{
    var example = Path.Combine(AppContext.BaseDirectory, "yueyanglou-2023.json");
    ValidationScaling.Run(example, sizes.Length > 0 ? sizes.Select(int.Parse).ToList() : [10_000, 100_000, 1_000_000]);
    return 0;
}
if (args is ["warm", .. var counts])
{
    var example = Path.Combine(AppContext.BaseDirectory, "yueyanglou-2023.json");
    WarmTiming.Run(example, counts.Length > 0 ? int.Parse(counts[0]) : 10, counts.Length > 1 ? int.Parse(counts[1]) : 500);
    return 0;
}
if (args is ["checkloop", var checks])
{
    // Only checking the data, for a profiler.
    var example = Path.Combine(AppContext.BaseDirectory, "yueyanglou-2023.json");
    WarmTiming.CheckLoop(example, int.Parse(checks));
    return 0;
}
if (args is ["loop", var times])
{
    // Only warm generation, for a profiler.
    var example = Path.Combine(AppContext.BaseDirectory, "yueyanglou-2023.json");
    WarmTiming.Loop(example, int.Parse(times));
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
return 0;
