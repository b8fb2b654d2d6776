using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Typography;

/// <summary>The typography lint as validate reports it: warnings placed at the character concerned.</summary>
public static class TypographyDiagnostics
{
    /// <summary>The lint's warnings for the data text <paramref name="json"/> of <paramref name="file"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(string json, string file) =>
        TypographyLint.Check(json).Select(i => ToDiagnostic(json, file, i)).ToList();

    private static Diagnostic ToDiagnostic(string json, string file, TypographyIssue issue)
    {
        var offset = issue.Offset;
        var fix = issue.Replacement.Length == 0 ? "删去" : $"改为“{issue.Replacement}”";
        return new Diagnostic(Severity.Warning, issue.Code, issue.Message, file,
            TypographyFixer.LineOf(json, offset), TypographyFixer.ColumnOf(json, offset), issue.Token.Path,
            $"{fix}；perfeval fix {Path.GetFileName(file)} 可在确认后自动改正。");
    }
}
