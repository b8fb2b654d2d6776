using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>The seed-004 example generated once per test class.</summary>
public sealed class ExamplePackage : IDisposable
{
    private readonly TempDirectory directory = new();

    public ExamplePackage()
    {
        Data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        Package = new ReportGenerator().Generate(Data);
        DocxPath = directory.File(Package.FileName);
        File.WriteAllBytes(DocxPath, Package.Content);
    }

    internal ReportData Data { get; }

    internal GeneratedPackage Package { get; }

    internal string DocxPath { get; }

    public void Dispose() => directory.Dispose();
}
