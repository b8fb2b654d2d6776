using System.Text.RegularExpressions;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Cli;

public partial class DiagnosticCodesTests
{
    /// <summary>Every code the tool's source can print has a row in docs/rules.md.</summary>
    [Fact]
    public void Every_code_in_the_source_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules.md"));
        var codes = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("PE403", codes);
        Assert.All(codes, code => Assert.Contains($"| {code} |", docs));
    }

    [GeneratedRegex("\"(PE[0-9]{3})\"")]
    private static partial Regex Code();
}
