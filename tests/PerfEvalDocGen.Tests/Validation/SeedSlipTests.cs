using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>Validating the seed examples reports the slips the seeds really carry, and nothing else.</summary>
public class SeedSlipTests
{
    [Fact]
    public void Seed_004_carries_two_slips()
    {
        var result = ReportValidator.ValidateFile(RepoPaths.Example("yueyanglou-2023.json"));
        Assert.Equal(
            [
                // 基本支出 1365.61 ≠ 人员经费 1188.75 + 公用经费 176.16 (= 1364.91), in 附件1 and the narrative alike.
                ("PE203", Severity.Warning, "budget.basicExpenditure"),
                // 三公经费 rows are all blank: 附件1 leaves them blank while the narrative writes 0.00.
                ("PE226", Severity.Warning, "threePublicExpenses"),
                // 群众满意度: target ≧98%, actual ≧95%, weight 10 gives 9.69 by the formula; the seed enters 9.
                ("PE209", Severity.Warning, "indicators[14].score"),
            ],
            result.Diagnostics.Where(d => !IsTypography(d)).Select(d => (d.Code, d.Severity, d.JsonPath!)));
        Assert.NotNull(result.Data);
    }

    [Theory]
    [InlineData("yinpenling-2019.json")]
    [InlineData("qingshuitang-2020.json")]
    [InlineData("yuehu-2019.json")]
    [InlineData("dongfanghong-2022.json")]
    public void The_older_seeds_carry_no_slip_in_their_data(string example)
    {
        // Their slips are in the prose (an empty slot, a skipped number, a share rounded to force 100%,
        // a total typed twice with two values); the data types each figure once, so the report prints it right.
        Assert.DoesNotContain(ReportValidator.ValidateFile(RepoPaths.Example(example)).Diagnostics, d => !IsTypography(d));
    }

    [Fact]
    public void Strict_turns_the_slips_into_errors_and_withholds_the_data()
    {
        var result = ReportValidator.ValidateFile(RepoPaths.Example("yueyanglou-2023.json"), new ValidationOptions { Strict = true });
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Null(result.Data);
    }

    // The seeds' own typography (PE531–PE536) is real and reported; TypographyLintTests counts it. Slips are the rest.
    private static bool IsTypography(Diagnostic d) => string.CompareOrdinal(d.Code, "PE531") >= 0 && string.CompareOrdinal(d.Code, "PE536") <= 0;
}
