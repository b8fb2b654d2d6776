using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>Each file under Fixtures/bad gets the diagnostic cases.tsv names for it: code, JSON path and line.</summary>
public class BadInputCorpusTests
{
    private static string Folder => Path.Combine(RepoPaths.Fixtures, "bad");

    public static TheoryData<string, string, string, int> Cases()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "cases.tsv")).Where(l => !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2], int.Parse(parts[3]));
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_forty_cases_and_a_clean_base()
    {
        Assert.True(Cases().Count >= 40);
        Assert.Empty(ReportValidator.ValidateFile(Path.Combine(Folder, "00-valid-base.json")).Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_bad_input_gets_its_diagnostic(string file, string code, string path, int line)
    {
        var result = ReportValidator.ValidateFile(Path.Combine(Folder, file));
        var summary = string.Join("\n", result.Diagnostics);
        var match = result.Diagnostics.FirstOrDefault(d => d.Code == code && (path.Length == 0 || d.JsonPath == path));
        Assert.True(match is not null, $"expected {code} at {path}, got:\n{summary}");
        Assert.Equal(line, match.Line);
        Assert.True(match.Column > 0);
        Assert.EndsWith(file, match.File);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", match.Message);
        if (match.Severity == Severity.Error)
        {
            Assert.Null(result.Data);
        }
    }
}
