using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class ExecutionWithinBudgetRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new ExecutionWithinBudgetRule(), RuleHarness.Clean()));

    [Fact]
    public void Spending_beyond_the_full_year_budget_is_reported()
    {
        var data = RuleHarness.Clean();
        data.Budget.Executed = 1000.02m;
        Assert.Equal("budget.executed", Assert.Single(RuleHarness.Run(new ExecutionWithinBudgetRule(), data)).JsonPath);
    }
}

public class NarrativeFigureRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new NarrativeFigureRule(), RuleHarness.Clean()));

    [Theory]
    [InlineData("全年基本支出1200.00万元。", "基本支出")]
    [InlineData("人员经费支出480万元，运转正常。", "人员经费")]
    [InlineData("三公经费支出3.64万元。", "三公经费")]
    [InlineData("全年支出1200万元。", "全年执行数")]
    [InlineData("全年总支出为1200.00万元，完成年度目标。", "全年执行数")]
    [InlineData("支出总额1200万元。", "全年执行数")]
    public void A_figure_in_the_text_that_contradicts_the_data_is_an_error(string text, string label)
    {
        var data = RuleHarness.Clean();
        data.Narrative.Results.Themes.Add(new Theme { Title = "t", Paragraphs = ["开头。", text] });
        var finding = Assert.Single(RuleHarness.Run(new NarrativeFigureRule(), data));
        Assert.Equal("narrative.results.themes[0].paragraphs[1]", finding.JsonPath);
        Assert.Contains(label, finding.Message);
    }

    [Theory]
    [InlineData("基本支出600.00万元，项目支出350万元。")]
    [InlineData("全年支出950.00万元。")]
    [InlineData("2022年基本支出1200万元。")]
    [InlineData("上年基本支出1200万元。")]
    public void Agreeing_figures_and_other_years_pass(string text)
    {
        var data = RuleHarness.Clean();
        data.Narrative.Application.Paragraphs.Add(text);
        Assert.Empty(RuleHarness.Run(new NarrativeFigureRule(), data));
    }
}

public class StaffingRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new StaffingRule(), RuleHarness.Clean()));

    [Fact]
    public void Staff_beyond_posts_is_reported()
    {
        var data = RuleHarness.Clean();
        data.Organization.StaffInService = 21;
        Assert.Contains("105", Assert.Single(RuleHarness.Run(new StaffingRule(), data)).Message);
    }
}

public class DateOrderRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new DateOrderRule(), RuleHarness.Clean()));

    [Fact]
    public void Dates_inside_the_evaluated_year_are_reported()
    {
        var data = RuleHarness.Clean();
        data.Signature.FilledOn = "2023-12";
        Assert.Equal("signature.filledOn", Assert.Single(RuleHarness.Run(new DateOrderRule(), data)).JsonPath);
    }

    [Fact]
    public void Dates_two_years_after_the_evaluated_year_are_reported()
    {
        var data = RuleHarness.Clean();
        data.Signature.ReportDate = "2025-05-28";
        var finding = Assert.Single(RuleHarness.Run(new DateOrderRule(), data));
        Assert.Equal("signature.reportDate", finding.JsonPath);
        Assert.Contains("晚 2 年", finding.Message);
        Assert.Contains("2024", finding.Suggestion);
    }
}

public class RuleCatalogTests
{
    [Fact]
    public void Codes_are_unique_and_each_is_documented_with_meaning_and_example()
    {
        var codes = RuleCatalog.All.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var docs = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "rules.md"));
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains($"| {rule.Code} |", docs);
            Assert.Contains(rule.Meaning, docs);
        }
    }
}
