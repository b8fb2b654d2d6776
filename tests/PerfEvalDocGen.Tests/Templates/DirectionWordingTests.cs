using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>Words that depend on a figure's sign come from the sign, and the figure is printed as a magnitude.</summary>
public class DirectionWordingTests
{
    [Theory]
    [InlineData(-3, "比上年减少3人。")]
    [InlineData(5, "比上年增加5人。")]
    [InlineData(0, "人数与上年持平。")]
    public void A_change_in_staff_reads_from_its_sign(int change, string expected)
    {
        var text = Narrative(data => data.Organization.ChangeFromLastYear = change);
        Assert.Contains(expected, text);
        Assert.DoesNotMatch("(增加|减少)）?-", text);
    }

    [Fact]
    public void A_negative_balance_is_an_overspend_not_a_negative_surplus()
    {
        var text = Narrative(data => data.Budget.Revenue.CarriedIn = -10_000m);
        Assert.Matches(@"本年超支\d", text);
        Assert.DoesNotContain("本年结余-", text);
    }

    [Fact]
    public void No_set_prints_a_fixed_direction_word_before_a_signed_figure()
    {
        // A fixed word followed by a figure that can be negative: every such phrase must go through direction.
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "templates"), "*.scriban", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(@"(增加|减少|上升|下降|超支|结余|节约)\{\{\s*(money|num|percent)?\s*(organization\.changeFromLastYear|figures\.balance|figures\.threePublicChangeRate)", text);
        }
    }

    private static string Narrative(Action<ReportData> change)
    {
        var data = ReportLoader.LoadFile(RepoPaths.Example("yuehu-2019.json"));
        change(data);
        var package = new ReportGenerator().Generate(data);
        return string.Join("\n", DocxReader.BodyParagraphs(package.Content));
    }
}
