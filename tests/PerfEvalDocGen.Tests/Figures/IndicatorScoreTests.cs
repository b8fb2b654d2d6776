using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Tests.Figures;

/// <summary>The official formula on targets and actuals as people write them; every expected score worked out by hand.</summary>
public class IndicatorScoreTests
{
    public static TheoryData<string, string, decimal, string?, decimal> Scored => new()
    {
        // exactly met, and met with thousands separators and units
        { "≥12,600平方米", "12,600平方米", 10m, null, 10m },
        // 10 × 6300 ÷ 12600 = 5
        { "≥12,600平方米", "6,300平方米", 10m, null, 5m },
        // 6 × 10080 ÷ 12600 = 4.80
        { "≥12,600平方米", "10,080平方米", 6m, null, 4.80m },
        // 1.26万平方米 = 12600平方米: met
        { "≥12,600平方米", "1.26万平方米", 10m, null, 10m },
        // full-width comma typed by an input method
        { "≥12，600平方米", "12，600平方米", 10m, null, 10m },
        // 反向 met: 3320 ≤ 3500
        { "≤3,500元", "3,320元", 5m, null, 5m },
        // 反向 missed: 6 × 3320 ÷ 3500 = 5.6914 → 5.69
        { "≤3,320元", "3,500元", 6m, null, 5.69m },
        // "≤0%" met by a negative actual
        { "≤0%", "-2.3%", 5m, null, 5m },
        { "≤0%", "－2.3%", 5m, null, 5m },
        // zero target missed by a positive actual: 5 × 0 ÷ 2.3 = 0
        { "≤0%", "2.3%", 5m, null, 0m },
        // over-achievement is capped at the weight
        { "≥95%", "100%", 10m, null, 10m },
        // 10 × 90 ÷ 95 = 9.4737 → 9.47
        { "≥95%", "90%", 10m, null, 9.47m },
        // the sign on the actual value is ignored as a comparison: 10 × 95 ÷ 98 = 9.6939 → 9.69
        { "≧98%", "≧95%", 10m, null, 9.69m },
        // a plain target with an explicit direction: 10 × 95 ÷ 100 = 9.50
        { "100%", "95%", 10m, "正向", 9.50m },
        // explicit 反向 on a plain target: 6 × 5 ÷ 6.5 = 4.6154 → 4.62
        { "5", "6.5", 6m, "反向", 4.62m },
        // exactly met on the edge
        { "≤5.42", "5.42", 6m, null, 6m },
        // zero target met
        { "≥0", "0", 4m, null, 4m },
        // negative actual against a positive 正向 target: the score stops at 0
        { "≥10次", "-2次", 4m, null, 0m },
        // 以上 / 以内 written after the figure
        { "95%以上", "96%", 10m, null, 10m },
        { "5%以内", "10%", 10m, null, 5m },
        // words for the comparison: 8 × 90 ÷ 95 = 7.5789 → 7.58
        { "不低于95%", "90%", 8m, null, 7.58m },
        // 万 without 元 against 万元
        { "≤4073.53万", "4073.53万元", 10m, null, 10m },
        // a remark in brackets is not part of the unit
        { "≥10次", "18次（超额完成）", 10m, null, 10m },
    };

    [Theory]
    [MemberData(nameof(Scored))]
    public void The_formula_scores_as_worked_out_by_hand(string target, string actual, decimal weight, string? direction, decimal expected)
    {
        var result = IndicatorScore.Of(Row(target, actual, weight, direction));
        Assert.Null(result.Problem);
        Assert.Equal(expected, result.Score);
    }

    public static TheoryData<string, string, string?, string> Unreadable => new()
    {
        { "≥10次", "已完成", null, "读不出数字" },
        { "≥10次", "", null, "未填写完成值" },
        { "≥10次", "12人", null, "单位" },
        { "≥ 百分之九十五", "96%", null, "指标值" },
        { "较大改善", "较大改善", "正向", "指标值" },
        // the formula has no meaning when a 正向 target ≤ 0 is missed, or a 反向 target < 0 is missed
        { "≥0", "-1", null, "没有意义" },
        { "≤-5%", "-3%", null, "没有意义" },
        { "≥1/2", "1", null, "指标值" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void An_unreadable_value_gives_a_reason_and_no_score(string target, string actual, string? direction, string reason)
    {
        var result = IndicatorScore.Of(Row(target, actual, 10m, direction));
        Assert.Null(result.Score);
        Assert.Contains(reason, result.Problem);
    }

    [Theory]
    [InlineData("100%", "95%")]
    [InlineData("出台", "已出台")]
    [InlineData("每月15日前足额发放", "按时发放")]
    [InlineData("=100%", "100%")]
    public void Without_a_sign_or_a_direction_an_indicator_is_qualitative(string target, string actual)
    {
        Assert.Equal(IndicatorScore.Qualitative, IndicatorScore.Of(Row(target, actual, 10m, null)));
    }

    [Theory]
    [InlineData("12,600平方米", Comparison.None, 12600, "平方米")]
    [InlineData("≥1,234,567.5元", Comparison.AtLeast, 1234567.5, "元")]
    [InlineData("-2.3%", Comparison.None, -2.3, "%")]
    [InlineData("＜＝5", Comparison.AtMost, 5, "")]
    [InlineData("≦ 98％", Comparison.AtMost, 98, "%")]
    [InlineData("+3人", Comparison.None, 3, "人")]
    public void Values_are_read_as_written(string text, Comparison comparison, double value, string unit)
    {
        Assert.Equal(new Quantity(comparison, (decimal)value, unit), Quantity.Parse(text));
    }

    private static Indicator Row(string target, string actual, decimal weight, string? direction) => new()
    {
        Level1 = "产出指标", Level2 = "数量指标", Level3 = "指标", Target = target, Actual = actual, Weight = weight, Direction = direction,
    };
}
