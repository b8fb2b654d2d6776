using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>The tolerance of the sum checks is a rounding allowance: never negative, never large enough to pass real slips.</summary>
public class ToleranceTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("1")]
    public void A_tolerance_from_0_to_1_is_taken(string value) =>
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), new ValidationOptions { Tolerance = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }.Tolerance);

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    [InlineData("1000")]
    public void A_tolerance_outside_0_to_1_is_refused(string value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { Tolerance = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) });

    [Fact]
    public void A_difference_counts_only_above_the_tolerance()
    {
        // seed-004's 基本支出 is 0.70 off its parts: a slip at the default tolerance, passed as rounding at the largest.
        var json = File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json"));
        foreach (var tolerance in new[] { 0.01m, ValidationOptions.MaxTolerance })
        {
            var result = ReportValidator.Validate(json, "yueyanglou-2023.json", new ValidationOptions { Tolerance = tolerance });
            Assert.Equal(tolerance < 0.70m, result.Diagnostics.Any(d => d.Code == "PE203"));
        }
    }
}
