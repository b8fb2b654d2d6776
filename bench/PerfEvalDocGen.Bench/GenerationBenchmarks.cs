using BenchmarkDotNet.Attributes;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Bench;

/// <summary>Warm, in-process figures for one seed-004 package: checking the data, generating the package, and both.</summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private readonly ReportGenerator generator = new();
    private string json = "";
    private ReportData data = new();

    [GlobalSetup]
    public void Setup()
    {
        json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "yueyanglou-2023.json"));
        data = ReportValidator.Validate(json, "yueyanglou-2023.json").Data!;
        generator.Generate(data);
    }

    [Benchmark]
    public ValidationResult Validate() => ReportValidator.Validate(json, "yueyanglou-2023.json");

    [Benchmark(Baseline = true)]
    public GeneratedPackage Generate() => generator.Generate(data);

    [Benchmark]
    public GeneratedPackage ValidateAndGenerate() => generator.Generate(ReportValidator.Validate(json, "yueyanglou-2023.json").Data!);
}
