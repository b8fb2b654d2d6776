using System.IO.Compression;
using System.Text;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Golden;

/// <summary>
/// Each example's package parts against committed copies: a change of engine or layout code must not change what users get
/// unless the change is meant. Run with PERFEVAL_UPDATE_GOLDEN=1 to rewrite the copies after an intended change, then review the diff.
/// </summary>
public sealed class GoldenPackageTests
{
    private static readonly string[] Parts = ["word/document.xml", "word/styles.xml"];

    public static TheoryData<string> Examples() => new(Directory.GetFiles(RepoPaths.Examples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_package_parts_match_the_golden_files(string example)
    {
        var package = new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example(example)));
        using var zip = new ZipArchive(new MemoryStream(package.Content), ZipArchiveMode.Read);
        var update = Environment.GetEnvironmentVariable("PERFEVAL_UPDATE_GOLDEN") == "1";
        foreach (var part in Parts)
        {
            using var reader = new StreamReader(zip.GetEntry(part)!.Open(), Encoding.UTF8);
            var actual = reader.ReadToEnd();
            var golden = Path.Combine(RepoPaths.Root, "tests", "PerfEvalDocGen.Tests", "Golden", Path.GetFileNameWithoutExtension(example), part.Replace('/', '_'));
            if (update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
                File.WriteAllText(golden, actual, new UTF8Encoding(false));
                continue;
            }
            Assert.True(File.Exists(golden), $"no golden file {golden}; run with PERFEVAL_UPDATE_GOLDEN=1");
            var expected = File.ReadAllText(golden, Encoding.UTF8);
            if (expected != actual)
            {
                var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
                Assert.Fail($"{example} {part} differs at character {at}:\n expected …{Slice(expected, at)}…\n actual   …{Slice(actual, at)}…");
            }
        }
    }

    private static string Slice(string text, int at) => text.Substring(Math.Max(0, at - 80), Math.Min(text.Length - Math.Max(0, at - 80), 200));
}
