using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.TemplateCheck;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>
/// <c>templates check</c> on broken sets: each case exports hunan-2023, makes one edit a maintainer could make, and
/// expects its code at the place of the edit (found in the edited file, so the test states where, not a number).
/// </summary>
public class TemplateCheckTests
{
    private const string Basic = "forms/basic-data.json";
    private const string Overall = "forms/overall-self-evaluation.json";
    private const string Fund = "forms/government-fund-budget.json";
    private const string Section = "sections/基本支出情况.scriban";

    /// <summary>One edit: the file, the text replaced and its replacement, the code expected and the text it points at.</summary>
    public sealed record Broken(string Name, string File, string Old, string New, string Code, string At, int Offset = 0)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Broken> Cases() => new(
        new Broken("section: unknown variable", Section, "{{ unit.year }}年基本支出", "{{ unitt.year }}年基本支出", "PE330", "unitt"),
        new Broken("section: unknown field", Section, "money budget.basicExpenditure", "money budget.basicExpenditur", "PE330", "basicExpenditur"),
        new Broken("section: unknown function", Section, "money budget.basicExpenditure", "monye budget.basicExpenditure", "PE331", "monye"),
        new Broken("section: unknown library function", Section, "{{ unit.year }}年基本支出", "{{ string.upcasee unit.name }}{{ unit.year }}年基本支出", "PE331", "upcasee"),
        new Broken("section: field of a loop item", Section, "{{ unit.year }}年基本支出", "{{ for g in goals }}{{ g.expectd }}{{ end }}{{ unit.year }}年基本支出", "PE330", "expectd"),
        new Broken("section: field of a list", Section, "{{ unit.year }}年基本支出", "{{ goals.expected }}{{ unit.year }}年基本支出", "PE330", "expected }}"),
        new Broken("section: missing partial", Section, "{{ unit.year }}年基本支出", "{{ include \"nosuch\" }}{{ unit.year }}年基本支出", "PE315", "include \"nosuch\""),
        new Broken("section: syntax", Section, "{{ unit.year }}年基本支出", "{{ unit.year + }}年基本支出", "PE301", "}}年基本支出"),
        new Broken("section: text given to money", Section, "money budget.basicExpenditure", "money unit.name", "PE332", "unit.name"),
        new Broken("section: a list piped to percent", Section, "{{ money basicExpenditure.personnel }}", "{{ goals | percent }}", "PE332", "goals |"),
        new Broken("section: a figure given to date", Section, "{{ unit.year }}年基本支出", "{{ date budget.executed }}{{ unit.year }}年基本支出", "PE332", "budget.executed }}{{ unit.year"),
        new Broken("form: text given to money in a cell text", Basic, "{{ fund.name }}", "{{ money fund.name }}", "PE332", "fund.name }}"),
        new Broken("manifest: unknown name in the title", "manifest.json", "\"reportTitle\": \"{{unit.year}}", "\"reportTitle\": \"{{unit.yeer}}", "PE330", "yeer"),
        new Broken("manifest: section file absent", "manifest.json", "\"template\": \"机构设置\"", "\"template\": \"机构设置情况\"", "PE306", "\"机构设置情况\""),
        new Broken("manifest: form absent", "manifest.json", "\"basic-data\",", "\"basic-dat\",", "PE307", "\"basic-dat\""),
        new Broken("manifest: misspelled name", "manifest.json", "\"coverTitle\":", "\"coverTitel\":", "PE304", "\"coverTitel\""),
        new Broken("manifest: name in another case", "manifest.json", "\"coverTitle\":", "\"CoverTitle\":", "PE304", "\"CoverTitle\""),
        new Broken("manifest: misspelled name in the outline", "manifest.json", "\"template\": \"机构设置\"", "\"templat\": \"机构设置\"", "PE304", "\"templat\""),
        new Broken("manifest: number where text belongs", "manifest.json", "\"fileName\": \"{{unit.name}}{{unit.year}}年度整体支出绩效自评报告\"", "\"fileName\": 31415", "PE304", "31415"),
        new Broken("manifest: text where a list belongs", "manifest.json", "\"forms\": [\n    \"basic-data\",\n    \"overall-self-evaluation\",\n    \"project-self-evaluation\"\n  ]", "\"forms\": \"basic-data\"", "PE304", "\"basic-data\""),
        new Broken("manifest: text where a number belongs", "manifest.json", "\"labels\": {", "\"layout\": { \"body\": { \"size\": \"16\" } },\n  \"labels\": {", "PE304", "\"16\""),
        new Broken("manifest: name written twice", "manifest.json", "\"fileName\":", "\"coverTitle\": \"x\", \"fileName\":", "PE304", "\"coverTitle\": \"x\""),
        new Broken("manifest: JSON syntax", "manifest.json", "\"basic-data\",", "\"basic-data\"", "PE304", "\"overall-self-evaluation\""),
        new Broken("form: path names no figure, said as written", Basic, "\"figures.threePublicTotal.currentActual\"", "\"figures.threePublicTotal.currentActul\"", "PE323", "\"figures.threePublicTotal.currentActul\""),
        new Broken("form: JSON syntax", Basic, "\"onePage\": true,", "\"onePage\": true", "PE320", "\"keepLastRowWithNext\"", 0),
        new Broken("form: unknown field", Basic, "{ \"text\": \"预算单位名称\", \"bold\": true }", "{ \"text\": \"预算单位名称\", \"bold\": true, \"colspan\": 1 }", "PE321", "\"colspan\""),
        new Broken("form: path names no figure", Basic, "\"figures.staffControlRate\"", "\"figures.staffControlRat\"", "PE323", "\"figures.staffControlRat\""),
        new Broken("form: index that is no loop's", Basic, "figures.buildings[i].areaControlRate", "figures.buildings[j].areaControlRate", "PE323", "\"figures.buildings[j]"),
        new Broken("form: text printed as money", Basic, "{ \"value\": \"unit.name\", \"colSpan\": 6 }", "{ \"value\": \"unit.name\", \"format\": \"money\", \"colSpan\": 6 }", "PE324", "\"money\""),
        new Broken("form: grid fed a list that is not indicators", Overall, "\"indicators\": \"indicators\"", "\"indicators\": \"goals\"", "PE324", "\"indicators\": \"goals\"", 14),
        new Broken("form: widths do not add up", Basic, "{ \"value\": \"unit.name\", \"colSpan\": 6 }", "{ \"value\": \"unit.name\", \"colSpan\": 5 }", "PE325", "{ \"cells\": [ { \"text\": \"预算单位名称\""),
        new Broken("form: span past the right edge", Basic, "{ \"value\": \"unit.name\", \"colSpan\": 6 }", "{ \"value\": \"unit.name\", \"colSpan\": 7 }", "PE325", "{ \"value\": \"unit.name\""),
        new Broken("form: merges overlap", Fund, "{ \"text\": \"预算数\", \"bold\": true }, { \"text\": \"支出数\", \"bold\": true }, { \"text\": \"执行率\", \"bold\": true } ] },\n        { \"each\": \"governmentFundBudget.items\", \"as\": \"item\", \"index\": \"i\", \"cells\": [\n          { \"value\": \"item.name\", \"align\": \"left\" },",
            "{ \"text\": \"预算数\", \"bold\": true, \"rowSpan\": 2 }, { \"text\": \"支出数\", \"bold\": true }, { \"text\": \"执行率\", \"bold\": true } ] },\n        { \"each\": \"governmentFundBudget.items\", \"as\": \"item\", \"index\": \"i\", \"cells\": [\n          { \"value\": \"item.name\", \"align\": \"left\", \"colSpan\": 2 },", "PE326", "{ \"value\": \"item.name\""),
        new Broken("form: a copy per item of what is no list", "forms/project-self-evaluation.json", "\"each\": \"projectEvaluations\"", "\"each\": \"unit\"", "PE324", "\"each\": \"unit\"", 8),
        new Broken("form: key written twice", Fund, "\"headerRows\": 1,", "\"headerRows\": 1, \"headerRows\": 1,", "PE320", "\"headerRows\": 1,", 17),
        new Broken("form: loop variable hides data", Basic, "\"as\": \"building\"", "\"as\": \"budget\"", "PE328", "\"budget\""),
        new Broken("form: unknown function in the signature", Basic, "{{ default signature.preparer", "{{ defualt signature.preparer", "PE331", "defualt"),
        new Broken("form: unknown field in a cell text", Basic, "{{ fund.name }}", "{{ fund.nam }}", "PE330", "nam }}"),
        new Broken("form: column share not positive", Fund, "\"columns\": [3, 1.4, 1.4, 1.2]", "\"columns\": [3, 1.4, 0, 1.2]", "PE322", "0, 1.2]"),
        new Broken("form: text and value in one cell", Basic, "{ \"text\": \"厉行节约保障措施\", \"bold\": true }", "{ \"text\": \"厉行节约保障措施\", \"value\": \"frugalityMeasures\", \"bold\": true }", "PE322", "{ \"text\": \"厉行节约保障措施\""));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_set_is_reported_with_its_code_at_the_edit(Broken broken)
    {
        using var temp = new TempDirectory();
        var set = Export(temp);
        var path = Path.Combine(set, broken.File);
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Contains(broken.Old, text);
        text = text.Replace(broken.Old, broken.New);
        File.WriteAllText(path, text);
        var (line, column) = Place(text, broken.At);

        var found = TemplateSetCheck.Check(set);

        Assert.Contains(found, d => d.Code == broken.Code && d.File == path && d.Line == line && d.Column == column + broken.Offset);
        Assert.All(found.Where(d => d.Severity == Severity.Error), d => Assert.DoesNotContain("Exception", d.Message));
        // Said in Chinese, in the maintainer's own names: no serializer text, no C# type names.
        Assert.All(found, d => Assert.DoesNotMatch(@"Could not|Error converting|Path '|unexpected|ReportFigures|TemplateManifest|System\.", d.Message + d.Suggestion));
    }

    [Fact]
    public void A_shared_table_with_other_columns_is_PE327()
    {
        using var temp = new TempDirectory();
        var set = Export(temp);
        var path = Path.Combine(set, Overall);
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var second = text.LastIndexOf("\"columns\": [0.7, 0.9, 1.0, 2.0, 1.5, 1.5, 0.7, 1.2, 1.2]", StringComparison.Ordinal);
        text = text[..second] + "\"columns\": [0.7, 0.9, 1.0, 2.0, 1.5, 1.5, 0.7, 1.2]" + text[(second + "\"columns\": [0.7, 0.9, 1.0, 2.0, 1.5, 1.5, 0.7, 1.2, 1.2]".Length)..];
        File.WriteAllText(path, text);
        var tableStart = text.LastIndexOf('{', second);
        var (line, column) = Place(text, text[tableStart..second], from: tableStart);

        var found = TemplateSetCheck.Check(set);

        Assert.Contains(found, d => d.Code == "PE327" && d.Line == line && d.Column == column);
    }

    [Fact]
    public void Every_built_in_set_checks_clean()
    {
        using var temp = new TempDirectory();
        foreach (var name in TemplateSet.EmbeddedNames)
        {
            var set = Path.Combine(temp.Path, name);
            PerfEvalDocGen.Generation.TemplateExport.Export(name, set);
            Assert.Empty(TemplateSetCheck.Check(set));
        }
    }

    [Fact]
    public void Unused_and_built_in_files_are_warnings()
    {
        using var temp = new TempDirectory();
        var set = Export(temp);
        File.Copy(Path.Combine(set, Basic), Path.Combine(set, "forms", "extra.json"));
        File.WriteAllText(Path.Combine(set, "sections", "旧的一节.scriban"), "旧的文字\n");
        File.Delete(Path.Combine(set, Overall));

        var found = TemplateSetCheck.Check(set);

        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(["PE333", "PE334", "PE335"], found.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.Contains(found, d => d.Code == "PE333" && d.Message.Contains("overall-self-evaluation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_directory_without_a_manifest_is_PE305()
    {
        using var temp = new TempDirectory();
        Assert.Equal("PE305", Assert.Single(TemplateSetCheck.Check(temp.Path)).Code);
    }

    private static string Export(TempDirectory temp)
    {
        var set = Path.Combine(temp.Path, "set");
        PerfEvalDocGen.Generation.TemplateExport.Export(TemplateSet.DefaultName, set);
        return set;
    }

    // The 1-based line and column of the first occurrence of needle (at or after from) in text.
    private static (int Line, int Column) Place(string text, string needle, int from = 0)
    {
        var index = text.IndexOf(needle, from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"“{needle}” not in the edited file");
        var line = 1 + text[..index].Count(c => c == '\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, column);
    }
}
