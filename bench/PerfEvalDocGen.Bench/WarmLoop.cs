using System.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Bench;

/// <summary>
/// A quick in-process figure on a shared machine: process CPU time (steadier than wall time under load) per warm
/// Generate and per Validate of the seed-004 example, over <c>count</c> runs after a warm-up, in a few rounds.
/// </summary>
internal static class WarmLoop
{
    public static void Run(string example, int count, int rounds)
    {
        var json = File.ReadAllText(example);
        var data = ReportValidator.Validate(json, Path.GetFileName(example)).Data!;
        var generator = new ReportGenerator();
        for (var i = 0; i < 200; i++)
        {
            generator.Generate(data);
            ReportValidator.Validate(json, Path.GetFileName(example));
        }
        for (var r = 0; r < rounds; r++)
        {
            var generate = Time(count, () => generator.Generate(data));
            var validate = Time(count, () => ReportValidator.Validate(json, Path.GetFileName(example)));
            var set = PerfEvalDocGen.Templates.TemplateSet.Embedded(data.TemplateSet ?? PerfEvalDocGen.Templates.TemplateSet.DefaultName);
            var figures = PerfEvalDocGen.Figures.FigureCalculator.Compute(data);
            var render = Time(count, () => PerfEvalDocGen.Templates.TemplateDryRun.Check(set, data, figures, "x", _ => (0, 0), p => p));
            var compute = Time(count, () => PerfEvalDocGen.Figures.FigureCalculator.Compute(data));
            Console.WriteLine($"round {r + 1}: figures {compute.Cpu:0.000} ms CPU");
            Console.WriteLine($"round {r + 1}: render all templates {render.Cpu:0.000} ms CPU ({render.Wall:0.000} wall)");
            Console.WriteLine($"round {r + 1}: generate {generate.Cpu:0.000} ms CPU ({generate.Wall:0.000} wall), validate {validate.Cpu:0.000} ms CPU ({validate.Wall:0.000} wall)");
        }
    }

    private static (double Cpu, double Wall) Time(int count, Action action)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            action();
        }
        wall.Stop();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds / count, wall.Elapsed.TotalMilliseconds / count);
    }
}
