using PerfEvalDocGen.Figures;

namespace PerfEvalDocGen.Tests.Figures;

public class RoundingTests
{
    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("2.335", "2.34")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("99.9387", "99.94")]
    public void Round2_rounds_half_away_from_zero(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected), Rounding.Round2(decimal.Parse(value)));

    [Fact]
    public void Percent_is_blank_when_the_whole_is_zero_or_a_part_is_blank()
    {
        Assert.Null(Rounding.Percent(1m, 0m));
        Assert.Null(Rounding.Percent(null, 5m));
        Assert.Equal(99.94m, Rounding.Percent(2706.26m, 2707.92m));
        Assert.Equal(0.06m, Rounding.Percent(1.66m, 2707.92m));
    }

    [Fact]
    public void Sum_keeps_blank_distinct_from_zero()
    {
        Assert.Null(Rounding.Sum([null, null]));
        Assert.Equal(0m, Rounding.Sum([0m, null]));
        Assert.Equal(15.83m, Rounding.Sum([null, 15.83m]));
    }
}
