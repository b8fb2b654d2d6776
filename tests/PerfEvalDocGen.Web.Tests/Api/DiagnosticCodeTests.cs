using System.Text.RegularExpressions;
using PerfEvalDocGen.Web.Tests.Support;

namespace PerfEvalDocGen.Web.Tests.Api;

public sealed class DiagnosticCodeTests
{
    [Fact]
    public void Every_code_the_web_server_can_print_is_in_the_rules_document()
    {
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "PerfEvalDocGen.Web"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "PerfEvalDocGen.Cli", "Commands"), "Serve*.cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var codes = sources.SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(PE\\d{3})\"").Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.Contains("PE600", codes);
        var rules = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules.md"));
        foreach (var code in codes)
        {
            Assert.Contains($"| {code} |", rules);
        }
    }
}
