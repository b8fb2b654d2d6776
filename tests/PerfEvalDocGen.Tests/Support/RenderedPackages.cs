using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>
/// Every example and a few generated units (35-character name, random punctuation-dense text) as packages and PDFs,
/// all converted in one LibreOffice start. The conversion sees a machine fontconfig that lists the fonts but maps no
/// official name, so the package's own mapping is what the PDFs show.
/// </summary>
public sealed class RenderedPackages : IDisposable
{
    private readonly TempDirectory directory = new();

    public RenderedPackages()
    {
        var documents = new List<(string Name, ReportData Data, GeneratedPackage Package, string DocxPath)>();
        foreach (var example in Directory.GetFiles(RepoPaths.Examples, "*.json").Order(StringComparer.Ordinal))
        {
            documents.Add(Write(Path.GetFileNameWithoutExtension(example), ReportLoader.LoadFile(example)));
        }
        foreach (var (name, example, seed, funds) in Generated)
        {
            var json = directory.File(name + ".json");
            var indicators = name.StartsWith("indicators-", StringComparison.Ordinal) ? 45 : 0;
            File.WriteAllText(json, LayoutUnits.Make(RepoPaths.Example(example), seed, funds, indicators).ToString());
            documents.Add(Write(name, ReportLoader.LoadFile(json)));
        }
        var pdfs = PdfConverter.ConvertAll(documents.Select(d => d.DocxPath).ToList(), BareFontConfig(directory.File("machine-fonts.conf")));
        Documents = documents.Select((d, i) => new Rendered(d.Name, d.Data, d.Package, d.DocxPath, pdfs[i])).ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// The generated units: name, the example they start from, the random seed, special funds listed; an indicators-
    /// unit has 45 indicators (weights 2, adding up to 90).
    /// </summary>
    public static IReadOnlyList<(string Name, string Example, int Seed, int Funds)> Generated { get; } =
    [
        ("long-yueyanglou-1", "yueyanglou-2023.json", 1, 0),
        ("long-yueyanglou-2", "yueyanglou-2023.json", 2, 0),
        ("long-dongfanghong-3", "dongfanghong-2022.json", 3, 0),
        ("funds-yueyanglou-4", "yueyanglou-2023.json", 4, 4),
        ("funds-yueyanglou-30", "yueyanglou-2023.json", 5, 30),
        ("indicators-yueyanglou-6", "yueyanglou-2023.json", 6, 0),
    ];

    /// <summary>Rendered documents by name: an example's file name without .json, or a generated unit's name.</summary>
    public IReadOnlyDictionary<string, Rendered> Documents { get; }

    public static IEnumerable<object[]> Names() =>
        Directory.GetFiles(RepoPaths.Examples, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)
            .Concat(Generated.Select(g => g.Name)).Select(n => new object[] { n! });

    public void Dispose() => directory.Dispose();

    private (string Name, ReportData Data, GeneratedPackage Package, string DocxPath) Write(string name, ReportData data)
    {
        var package = new ReportGenerator().Generate(data);
        var path = directory.File(name + ".docx");
        File.WriteAllBytes(path, package.Content);
        return (name, data, package, path);
    }

    /// <summary>A machine configuration with the usual font folders and caches and no rules at all.</summary>
    private static string BareFontConfig(string path)
    {
        var cache = Path.Combine(Path.GetDirectoryName(path)!, ".font-cache");
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <dir>/usr/share/fonts</dir>
              <dir>/usr/local/share/fonts</dir>
              <dir prefix="xdg">fonts</dir>
              <cachedir>/var/cache/fontconfig</cachedir>
              <cachedir prefix="xdg">fontconfig</cachedir>
              <cachedir>{cache}</cachedir>
            </fontconfig>
            """);
        return path;
    }

    /// <summary>One rendered package; what poppler reads from its PDF is read once and kept.</summary>
    public sealed class Rendered(string name, ReportData data, GeneratedPackage package, string docxPath, string pdfPath)
    {
        private readonly Lazy<IReadOnlyList<string>> pages = new(() => PdfConverter.Pages(pdfPath));
        private readonly Lazy<IReadOnlyList<string>> rawPages = new(() => PdfConverter.Pages(pdfPath, raw: true));
        private readonly Lazy<IReadOnlyList<PdfWord>> words = new(() => PdfWord.Read(pdfPath));

        public string Name => name;

        internal ReportData Data => data;

        internal GeneratedPackage Package => package;

        public string DocxPath => docxPath;

        public string PdfPath => pdfPath;

        /// <summary>pdftotext's text, page by page, in reading order.</summary>
        public IReadOnlyList<string> Pages => pages.Value;

        /// <summary>pdftotext -raw's text page by page (content order, line-end hyphens kept).</summary>
        public IReadOnlyList<string> RawPages => rawPages.Value;

        /// <summary>Every word with its box.</summary>
        internal IReadOnlyList<PdfWord> Words => words.Value;
    }
}
