using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class DuplicateEntryRuleTests
{
    [Fact]
    public void Clean_data_passes() => Assert.Empty(RuleHarness.Run(new DuplicateEntryRule(), RuleHarness.Clean()));

    [Fact]
    public void A_project_entered_twice_is_reported_at_the_second()
    {
        var data = RuleHarness.Clean();
        data.ProjectEvaluations.Add(new ProjectEvaluation { Name = "业务工作经费" });
        data.ProjectEvaluations.Add(new ProjectEvaluation { Name = "业务工作经费 " });
        var finding = Assert.Single(RuleHarness.Run(new DuplicateEntryRule(), data));
        Assert.Equal("projectEvaluations[1].name", finding.JsonPath);
        Assert.Contains("第 1 项", finding.Message);
    }

    [Fact]
    public void A_copied_indicator_row_is_reported_but_one_name_with_two_targets_is_not()
    {
        var data = RuleHarness.Clean();
        var first = data.Indicators[1];
        data.Indicators.Add(new Indicator { Level1 = first.Level1, Level2 = first.Level2, Level3 = first.Level3, Target = "水面清理完毕", Actual = "100%", Weight = 0m, Score = 0m });
        Assert.Empty(RuleHarness.Run(new DuplicateEntryRule(), data));
        data.Indicators.Add(new Indicator { Level1 = first.Level1, Level2 = first.Level2, Level3 = first.Level3, Target = first.Target, Actual = first.Actual, Weight = 0m, Score = 0m });
        Assert.Equal("indicators[4].level3", Assert.Single(RuleHarness.Run(new DuplicateEntryRule(), data)).JsonPath);
    }

    [Fact]
    public void An_office_listed_in_two_categories_is_reported()
    {
        var data = RuleHarness.Clean();
        data.Organization.Groups.Add(new OrganizationGroup { Category = "职能办公室", Members = ["党政综合办公室", "公共安全办公室"] });
        data.Organization.Groups.Add(new OrganizationGroup { Category = "其他", Members = ["公共安全办公室"] });
        Assert.Equal("organization.groups[1].members[0]", Assert.Single(RuleHarness.Run(new DuplicateEntryRule(), data)).JsonPath);
    }

    [Fact]
    public void An_achievement_copied_from_the_goal_is_reported()
    {
        var data = RuleHarness.Clean();
        data.Goals.Add(new AnnualGoal { Expected = "服务区委区政府中心重点工作。", Achieved = "服务区委区政府中心重点工作。" });
        data.Goals.Add(new AnnualGoal { Expected = "完成", Achieved = "完成" });
        Assert.Equal("goals[0].achieved", Assert.Single(RuleHarness.Run(new DuplicateEntryRule(), data)).JsonPath);
    }

    [Fact]
    public void A_paragraph_pasted_into_two_parts_is_reported_at_the_second()
    {
        var data = RuleHarness.Clean();
        const string text = "进一步完善财务管理制度，严格按照财经纪律使用财政资金。";
        data.Narrative.Problems.Paragraphs.Add(text);
        data.Narrative.Measures.Paragraphs.Add(text);
        var finding = Assert.Single(RuleHarness.Run(new DuplicateEntryRule(), data));
        Assert.Equal("narrative.measures.paragraphs[0]", finding.JsonPath);
        Assert.Contains("narrative.problems.paragraphs[0]", finding.Message);
    }
}
