using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tests.WordMarkup;

/// <summary>Long titles break into even lines at the ends of a unit name's parts, never inside a word.</summary>
public class TitleBreaksTests
{
    // A 2号 title line on the GB/T 9704 text block holds 20 characters.
    private const int Capacity = 20;

    [Theory]
    [InlineData("2023年度岳阳市岳阳楼区洞庭湖生态经济区管理委员会综合行政执法与社会事务服务中心（城市管理和综合执法局）",
        "2023年度岳阳市岳阳楼区洞庭湖生态经济区|管理委员会综合行政执法与社会事务服务中心|（城市管理和综合执法局）")]
    [InlineData("2023年度湖南省岳阳市岳阳楼区人民政府金鹗山街道办事处",
        "2023年度湖南省岳阳市岳阳楼区|人民政府金鹗山街道办事处")]
    [InlineData("长沙市岳麓区东方红街道办事处（湘江新区东方红片区综合服务中心）2022年整体支出绩效",
        "长沙市岳麓区东方红街道办事处|（湘江新区东方红片区综合服务中心）|2022年整体支出绩效")]
    [InlineData("长沙市岳麓区东方红街道办事处2022年整体支出绩效",
        "长沙市岳麓区东方红街道办事处|2022年整体支出绩效")]
    [InlineData("部门(单位)名称：湖南省岳阳市岳阳楼区人民政府金鹗山街道办事处（盖章）",
        "部门(单位)名称：湖南省岳阳市岳阳楼区|人民政府金鹗山街道办事处（盖章）")]
    public void A_long_line_breaks_evenly_at_word_ends(string title, string expected)
    {
        Assert.Equal(expected.Split('|'), TitleBreaks.Apply(title, Capacity).Split('\n'));
    }

    [Theory]
    [InlineData("2023年度岳阳楼区岳阳楼街道办事处\n单位整体支出绩效自评报告")]
    [InlineData("东方红街道办事处2022年整体支出绩效\n自  评  报  告")]
    [InlineData("绩效评价报告")]
    public void Lines_that_fit_stay_as_written(string title)
    {
        Assert.Equal(title, TitleBreaks.Apply(title, Capacity));
    }

    [Fact]
    public void Written_breaks_are_kept_and_only_the_long_line_is_broken()
    {
        var title = "2023年度岳阳市岳阳楼区洞庭湖生态经济区管理委员会综合行政执法中心\n整体支出绩效自评报告";
        var lines = TitleBreaks.Apply(title, Capacity).Split('\n');
        Assert.Equal("整体支出绩效自评报告", lines[^1]);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.True(Ems(l) <= Capacity, l));
    }

    [Fact]
    public void A_line_with_no_word_end_that_fits_still_breaks_and_never_inside_a_number()
    {
        var title = "第" + new string('甲', 30) + "123456789.12";
        var lines = TitleBreaks.Apply(title, Capacity).Split('\n');
        Assert.Equal(title, string.Concat(lines));
        Assert.Contains(lines, l => l.EndsWith("123456789.12", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(Ems(l) <= Capacity, l));
    }

    /// <summary>Width in characters: a half-width digit or letter is half of one.</summary>
    private static double Ems(string line) => line.Sum(c => c < 0x2E80 ? 0.5 : 1);
}
