using BenchmarkDotNet.Running;
using PerfEvalDocGen.Bench;
using PerfEvalDocGen.Tests.Support;

// `corpus DIR N` writes N distinct units for the whole-process benchmarks; anything else runs BenchmarkDotNet.
if (args is ["corpus", var directory, var count])
{
    var example = Path.Combine(AppContext.BaseDirectory, "yueyanglou-2023.json");
    Console.WriteLine($"{Corpus.Write(directory, int.Parse(count), example).Count} units in {directory}");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
return 0;
