using System.Diagnostics;
using System.Globalization;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Bench;

/// <summary>
/// Warm generation of one seed-004 package, timed in rounds after 2,000 to warm up: wall time and this process's CPU time per package. On a
/// shared, busy machine CPU time is the steadier figure (wall time includes waiting for a core); BenchmarkDotNet's
/// figures remain the reference on a quiet one.
/// </summary>
internal static class WarmTiming
{
    public static void Run(string example, int rounds, int perRound)
    {
        var json = File.ReadAllText(example);
        var name = Path.GetFileName(example);
        var generator = new ReportGenerator();
        var data = ReportValidator.Validate(json, name).Data!;
        // The JIT compiles each hot method again with what it has seen after a few thousand calls (tiered PGO): rounds
        // timed before that measure the compiler too.
        for (var i = 0; i < 2000; i++)
        {
            generator.Generate(ReportValidator.Validate(json, name).Data!);
        }
        Console.WriteLine("round  generate wall/CPU (ms)  allocated (KB)  check+generate wall/CPU (ms)");
        for (var round = 1; round <= rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var generate = Time(perRound, () => generator.Generate(data));
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var both = Time(perRound, () => generator.Generate(ReportValidator.Validate(json, name).Data!));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{round,5}  {generate.Wall,8:0.000} / {generate.Cpu,6:0.000}  {allocated / 1024.0 / perRound,14:0}      {both.Wall,8:0.000} / {both.Cpu,6:0.000}"));
        }
    }

    /// <summary>
    /// 300 packages to warm up, then <paramref name="count"/> more, nothing else: for a profiler (<c>perf record</c>)
    /// that should see generation alone, without checking the data.
    /// </summary>
    public static void Loop(string example, int count)
    {
        var json = File.ReadAllText(example);
        var generator = new ReportGenerator();
        var data = ReportValidator.Validate(json, Path.GetFileName(example)).Data!;
        for (var i = 0; i < 300 + count; i++)
        {
            generator.Generate(data);
        }
    }

    /// <summary>300 checks of the data to warm up, then <paramref name="count"/> more: for a profiler that should see checking alone.</summary>
    public static void CheckLoop(string example, int count)
    {
        var json = File.ReadAllText(example);
        var name = Path.GetFileName(example);
        for (var i = 0; i < 300 + count; i++)
        {
            ReportValidator.Validate(json, name);
        }
    }

    private static (double Wall, double Cpu) Time(int count, Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            action();
        }
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed.TotalMilliseconds / count, (process.TotalProcessorTime - cpu).TotalMilliseconds / count);
    }
}
