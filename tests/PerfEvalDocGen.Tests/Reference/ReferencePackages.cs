using System.IO.Compression;
using System.Text;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Reference;

/// <summary>Exported sets, their reference documents and the packages generated from them, for the reference tests.</summary>
internal static class ReferencePackages
{
    /// <summary>The example unit of each built-in set.</summary>
    public static readonly IReadOnlyDictionary<string, string> Examples = new Dictionary<string, string>
    {
        ["hunan-2023"] = "yueyanglou-2023.json",
        ["yuelu-2022"] = "dongfanghong-2022.json",
        ["kaifu-2020"] = "qingshuitang-2020.json",
        ["kaifu-2019"] = "yuehu-2019.json",
        ["yuelu-2019-summary"] = "yinpenling-2019.json",
    };

    public static string Export(TempDirectory temp, string set = "hunan-2023")
    {
        var folder = temp.File(set);
        PerfEvalDocGen.Generation.TemplateExport.Export(set, folder);
        return folder;
    }

    public static string ReferencePath(string folder) => Path.Combine(folder, PerfEvalDocGen.Reference.ReferenceDocument.FileName);

    public static byte[] Generate(string example, TemplateSet? set) =>
        new ReportGenerator(set).Generate(ReportLoader.LoadFile(RepoPaths.Example(example))).Content;

    /// <summary>Every part of a package as text, by name.</summary>
    public static Dictionary<string, string> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }
}
