using System.Text;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>
/// Units that put the line ends and page ends of the examples' sets where they hurt, as packages and PDFs converted
/// in one LibreOffice start with the <c>--pdf</c> profile:
/// <list type="bullet">
/// <item>each set that closes its report with a sign-off or a 附件 list, with 0–21 one-line paragraphs appended to the
/// report's last section, so the closing block meets the page end at every row;</item>
/// <item>each of the five sets with paragraphs that put a 省略号 “……” and a 破折号 “——” at every place of a line.</item>
/// </list>
/// </summary>
public sealed class PageFlowPackages : IDisposable
{
    /// <summary>One-line paragraphs appended, 0 to this number less one: one shift for each row of a page.</summary>
    public const int Shifts = 22;

    private readonly TempDirectory directory = new();

    public PageFlowPackages()
    {
        var documents = new List<(string Name, string DocxPath)>();
        foreach (var (example, list, points) in Closings)
        {
            for (var shift = 0; shift < Shifts; shift++)
            {
                var unit = Unit(example);
                var items = (JArray)unit.SelectToken(list)!;
                for (var i = 0; i < shift; i++)
                {
                    var text = $"补充说明第{i + 1}项。";
                    items.Add(points ? new JObject { ["title"] = text } : new JValue(text));
                }
                documents.Add(Write(ShiftName(example, shift), unit));
            }
        }
        foreach (var (example, list, points) in MarkUnits)
        {
            var unit = Unit(example);
            var items = (JArray)unit.SelectToken(list)!;
            foreach (var text in MarkParagraphs())
            {
                items.Add(points ? new JObject { ["title"] = text } : new JValue(text));
            }
            documents.Add(Write(MarkName(example), unit));
        }
        var pdfs = PdfConverter.ConvertAll(documents.Select(d => d.DocxPath).ToList());
        Pdfs = documents.Select((d, i) => (d.Name, Pdf: pdfs[i])).ToDictionary(d => d.Name, d => d.Pdf, StringComparer.Ordinal);
    }

    /// <summary>Sets that close the report with a sign-off or a 附件 list: the example and its last section's list.</summary>
    public static IReadOnlyList<(string Example, string List, bool Points)> Closings { get; } =
    [
        ("yueyanglou-2023.json", "narrative.otherMatters.paragraphs", false),
        ("yuehu-2019.json", "narrative.measures.points", true),
        ("dongfanghong-2022.json", "narrative.evaluation.paragraphs", false),
    ];

    /// <summary>One example of each set and a list its report prints.</summary>
    public static IReadOnlyList<(string Example, string List, bool Points)> MarkUnits { get; } =
    [
        ("yueyanglou-2023.json", "narrative.otherMatters.paragraphs", false),
        ("yuehu-2019.json", "narrative.measures.points", true),
        ("dongfanghong-2022.json", "narrative.evaluation.paragraphs", false),
        ("qingshuitang-2020.json", "narrative.spending.paragraphs", false),
        ("yinpenling-2019.json", "narrative.implementation.paragraphs", false),
    ];

    /// <summary>PDF paths by name (<see cref="ShiftName"/>, <see cref="MarkName"/>).</summary>
    public IReadOnlyDictionary<string, string> Pdfs { get; }

    public static string ShiftName(string example, int shift) => $"{Path.GetFileNameWithoutExtension(example)}-shift{shift}";

    public static string MarkName(string example) => $"{Path.GetFileNameWithoutExtension(example)}-marks";

    /// <summary>
    /// Paragraphs with “……” and “——” at every place of a 28-character line: text before them from 20 to 60 characters.
    /// </summary>
    public static IEnumerable<string> MarkParagraphs()
    {
        const string filler = "绩效管理预算执行资金使用项目推进工作落实";
        string Filler(int length)
        {
            var text = new StringBuilder(length);
            while (text.Length < length)
            {
                text.Append(filler[text.Length % filler.Length]);
            }
            return text.ToString();
        }
        for (var before = 20; before <= 60; before++)
        {
            yield return Filler(before) + "……" + Filler(13) + "——" + Filler(20) + "。";
        }
    }

    public void Dispose() => directory.Dispose();

    private static JObject Unit(string example)
    {
        var unit = JObject.Parse(File.ReadAllText(RepoPaths.Example(example)));
        unit.Remove("$schema");
        return unit;
    }

    private (string Name, string DocxPath) Write(string name, JObject unit)
    {
        var json = directory.File(name + ".json");
        File.WriteAllText(json, unit.ToString());
        var path = directory.File(name + ".docx");
        File.WriteAllBytes(path, new ReportGenerator().Generate(ReportLoader.LoadFile(json)).Content);
        return (name, path);
    }
}
