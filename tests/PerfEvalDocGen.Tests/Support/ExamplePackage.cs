using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>The seed-004 example generated once per test run, with its PDF made by LibreOffice on first use.</summary>
public sealed class ExamplePackage : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly Lazy<string> pdf;

    public ExamplePackage()
    {
        Data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        Package = new ReportGenerator().Generate(Data);
        DocxPath = directory.File(Package.FileName);
        File.WriteAllBytes(DocxPath, Package.Content);
        pdf = new Lazy<string>(() => PdfConverter.Convert(DocxPath));
    }

    internal ReportData Data { get; }

    internal GeneratedPackage Package { get; }

    internal string DocxPath { get; }

    internal string PdfPath => pdf.Value;

    public void Dispose() => directory.Dispose();
}
