using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>
/// The built-in sets' own words carry no slip of the reports they were modelled on (docs/templates.md, “范例报告的笔误（已改正）”):
/// every set prints its fixed text into every unit's report, so a slip copied once is printed everywhere.
/// </summary>
public partial class TemplateWordingSlipTests
{
    public static TheoryData<string> TemplateFiles() => new(
        Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".scriban", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Templates, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void The_fixed_text_has_no_slip(string file)
    {
        var raw = File.ReadAllText(Path.Combine(RepoPaths.Templates, file));
        var texts = file.EndsWith(".json", StringComparison.Ordinal) ? JsonStrings(JToken.Parse(raw)).ToList() : [raw];
        // The forms keep the official form's cell labels as printed there, “(万元)” included.
        var isForm = file.Contains("/forms/", StringComparison.Ordinal);
        var slips = new List<string>();
        foreach (var text in texts)
        {
            foreach (var segment in FixedSegments(text))
            {
                slips.AddRange(Matches(Misprint(), segment, "misprint"));
                slips.AddRange(Matches(PunctuationRun(), segment, "two marks in a row"));
                if (!isForm)
                {
                    slips.AddRange(Matches(HalfWidthInChinese(), segment, "half-width mark in Chinese"));
                }
            }
            slips.AddRange(Matches(BareWan(), text, "an amount in 万 where the reports write 万元"));
            slips.AddRange(Matches(CountWithoutMeasureWord(), text, "a count without its measure word"));
            slips.AddRange(Matches(FullStopSeparator(), text, "a branch printing only 。 beside other separators (a full stop inside a list)"));
            slips.AddRange(Matches(AmountRunIntoQizhong(), text, "an amount run into 其中 without a comma"));
            slips.AddRange(Matches(NamesJoinedByComma(), text, "names in a list joined by ， where lists use 、"));
            var fixedText = string.Concat(FixedSegments(text));
            foreach (var (open, close) in Pairs)
            {
                var opened = fixedText.Count(c => c == open);
                var closed = fixedText.Count(c => c == close);
                if (opened != closed)
                {
                    slips.Add($"unmatched {open}{close}: {opened} opened, {closed} closed");
                }
            }
        }
        Assert.True(slips.Count == 0, $"{file}:\n" + string.Join("\n", slips));
    }

    /// <summary>
    /// The five examples' reports, generated: no misprint, run of marks, amount run into 其中 or mix of grouped and
    /// ungrouped amounts in the printed text, wherever it comes from (the narrative's own “80万” for people or money is the unit's).
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_reports_print_no_slip(string example)
    {
        var package = new ReportGenerator().Generate(ReportLoader.LoadFile(RepoPaths.Example(example)));
        var slips = new List<string>();
        foreach (var paragraph in DocxReader.BodyParagraphs(package.Content))
        {
            slips.AddRange(Matches(Misprint(), paragraph, "misprint"));
            slips.AddRange(Matches(PunctuationRun(), paragraph, "two marks in a row"));
            slips.AddRange(Matches(PrintedAmountRunIntoQizhong(), paragraph, "an amount run into 其中 without a comma"));
            if (GroupedAmount().IsMatch(paragraph) && UngroupedAmount().IsMatch(paragraph))
            {
                slips.Add("amounts with and without thousands separators in one paragraph: " + paragraph);
            }
        }
        Assert.True(slips.Count == 0, $"{example}:\n" + string.Join("\n", slips));
    }

    public static TheoryData<string> Examples() => new(Directory.GetFiles(RepoPaths.Examples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [InlineData("{{ unit.year }}年本单位年未实有人数{{ n }}人，", "misprint")]
    [InlineData("{{ if for.first }}，其中{{ else if for.last }}。{{ else }}，{{ end }}", "full stop")]
    [InlineData("项目支出{{ num x }}万元{{ if y }}其中{{ end }}", "其中")]
    [InlineData("预算数为{{ num x }}万，", "万元")]
    [InlineData("等{{ length items }}方面内容：", "measure word")]
    [InlineData("等{{ if items }}{{ length items }}{{ end }}方面内容：", "measure word")]
    [InlineData("其中：在职{{ a }}人;离退休{{ b }}人。", "half-width")]
    [InlineData("共{{ n }}个站所（{{ list }}）其他机构（{{ m }}个", "unmatched")]
    [InlineData("{{ a }}万元，。", "two marks")]
    [InlineData("其他：{{ join group.members \"，\" }}。", "joined")]
    public void Each_check_catches_its_slip(string template, string expected)
    {
        var slips = FixedSegments(template).SelectMany(s => Matches(Misprint(), s, "misprint")
                .Concat(Matches(PunctuationRun(), s, "two marks in a row"))
                .Concat(Matches(HalfWidthInChinese(), s, "half-width mark in Chinese")))
            .Concat(Matches(BareWan(), template, "万元"))
            .Concat(Matches(CountWithoutMeasureWord(), template, "measure word"))
            .Concat(Matches(FullStopSeparator(), template, "full stop"))
            .Concat(Matches(AmountRunIntoQizhong(), template, "其中"))
            .Concat(Matches(NamesJoinedByComma(), template, "joined"))
            .Concat(Pairs.Where(p => string.Concat(FixedSegments(template)).Count(c => c == p.Open) != string.Concat(FixedSegments(template)).Count(c => c == p.Close))
                .Select(p => "unmatched " + p.Open))
            .ToList();
        Assert.Contains(slips, s => s.Contains(expected, StringComparison.Ordinal));
    }

    private static readonly (char Open, char Close)[] Pairs = [('（', '）'), ('“', '”'), ('《', '》'), ('【', '】'), ('‘', '’')];

    /// <summary>The template's own words: the text between its {{ }} blocks, one piece per line.</summary>
    private static IEnumerable<string> FixedSegments(string template) =>
        Block().Split(template).SelectMany(s => s.Split('\n')).Where(s => s.Length > 0);

    private static IEnumerable<string> JsonStrings(JToken token) => token switch
    {
        JValue { Type: JTokenType.String } value => [(string)value!],
        JContainer container => container.Children().SelectMany(JsonStrings),
        _ => [],
    };

    private static IEnumerable<string> Matches(Regex regex, string text, string what) =>
        regex.Matches(text).Select(m => $"{what}: “{m.Value}” in “{text[Math.Max(0, m.Index - 20)..Math.Min(text.Length, m.Index + m.Length + 20)]}”");

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Block();

    // 年末 typed as 年未 (“全年未发生” is a real phrase, so only the words 年末 begins).
    [GeneratedRegex("年未(实有|人数|在职|在编|结余|余额|决算)")]
    private static partial Regex Misprint();

    [GeneratedRegex("[，、；：。][，、；：。）]|，，")]
    private static partial Regex PunctuationRun();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}[,;:()!?]|[,;:()!?]\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HalfWidthInChinese();

    [GeneratedRegex(@"\}\}万(?![元人])")]
    private static partial Regex BareWan();

    // A count printed by length or a .count field, then (past any closing blocks) a word that is not a measure word.
    [GeneratedRegex(@"\{\{[-~]?\s*(length\s[^}]*|[\w.]*\.count)\s*[-~]?\}\}(\{\{[^}]*\}\})*(?![个项名人家类条次场所大])\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CountWithoutMeasureWord();

    // “{{ else if for.last }}。{{ else }}，{{ end }}”: a branch whose whole text is 。, so a list's last item follows a full stop.
    [GeneratedRegex(@"\{\{[-~]?\s*(else\s+)?if\b[^}]*\}\}。\{\{[-~]?\s*else")]
    private static partial Regex FullStopSeparator();

    // “…{{ num x }}万元{{ if y }}其中…”: 其中 right after an amount, with only blocks between.
    [GeneratedRegex(@"(万元|\d%|\d人)\s*(\{\{[^}]*\}\}\s*)+其中|\{\{[^}]*\b(num|money|percent)\b[^}]*\}\}其中")]
    private static partial Regex AmountRunIntoQizhong();

    [GeneratedRegex(@"\bjoin\s[^}]*""，""")]
    private static partial Regex NamesJoinedByComma();

    [GeneratedRegex(@"\d(万元|%|人)其中")]
    private static partial Regex PrintedAmountRunIntoQizhong();

    [GeneratedRegex(@"\d,\d{3}(\.\d+)?万元")]
    private static partial Regex GroupedAmount();

    [GeneratedRegex(@"(?<![\d,.])\d{4,}(\.\d+)?万元")]
    private static partial Regex UngroupedAmount();
}
