using System.Text.RegularExpressions;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>docs/rules.md lists exactly the diagnostic codes the tool can print: every code in src/ has a row, every row a code in src/.</summary>
public partial class DiagnosticCodeDocsTests
{
    [Fact]
    public void Docs_and_source_name_the_same_codes()
    {
        var source = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet();
        var documented = File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "rules.md"))
            .Select(l => Row().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet();
        Assert.Empty(source.Except(documented).Order());
        Assert.Empty(documented.Except(source).Order());
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])PE\d{3}(?!\d)")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\| (PE\d{3}) \|")]
    private static partial Regex Row();
}
