namespace PerfEvalDocGen.Tests.Support;

/// <summary>Compares a seed report's narrative sentences with a generated package's text, after folding.</summary>
internal static class SeedFidelity
{
    /// <summary>The seed's narrative sentences: from the line <paramref name="start"/> up to (not including) the line <paramref name="end"/>, or the end.</summary>
    public static IReadOnlyList<string> SeedSentences(string seedFile, string start, string? end = null)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Fixtures, "seeds", seedFile)).Select(l => l.Replace("[bookmark: _GoBack]", "")).ToArray();
        var first = Array.FindIndex(lines, l => l.Trim() == start);
        var last = end is null ? lines.Length : Array.FindIndex(lines, first, l => l.Trim() == end);
        if (first < 0 || last < 0)
        {
            throw new InvalidOperationException($"markers not found in {seedFile}");
        }
        return lines[first..last]
            .Select(TextFolding.FoldParagraph)
            .Where(l => l.Length > 0)
            .SelectMany(TextFolding.Sentences)
            .ToList();
    }

    /// <summary>The package's body text, folded, heading numbers removed paragraph by paragraph.</summary>
    public static string DocumentText(byte[] package) =>
        string.Concat(DocxReader.BodyParagraphs(package).Select(TextFolding.FoldParagraph));

    /// <summary>The seed sentences the document does not contain.</summary>
    public static IReadOnlyList<string> Misses(IEnumerable<string> sentences, string document) =>
        sentences.Where(s => !document.Contains(s, StringComparison.Ordinal)).ToList();

    /// <summary>Folds a sentence as <see cref="SeedSentences"/> yields it, for naming expected misses.</summary>
    public static string Key(string sentence) => TextFolding.Fold(sentence).TrimEnd('。');
}
