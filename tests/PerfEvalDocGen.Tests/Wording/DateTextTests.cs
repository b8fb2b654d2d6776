using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Tests.Wording;

public class DateTextTests
{
    [Theory]
    [InlineData("2024-05-28", "2024年5月28日")]
    [InlineData("2024-05", "2024年5月")]
    [InlineData("2024-12-01", "2024年12月1日")]
    public void Dates_are_written_without_zero_padding(string iso, string expected) => Assert.Equal(expected, DateText.Format(iso));

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024/05/28")]
    [InlineData("")]
    public void Impossible_or_malformed_dates_are_refused(string iso) => Assert.Throws<FormatException>(() => DateText.Format(iso));
}
