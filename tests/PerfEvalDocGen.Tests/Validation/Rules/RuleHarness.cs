using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

/// <summary>Runs one rule on data built in the test, and a clean unit to start from.</summary>
internal static class RuleHarness
{
    public static IReadOnlyList<Finding> Run(IConsistencyRule rule, ReportData data, decimal tolerance = 0.01m) =>
        rule.Check(new RuleContext(data, FigureCalculator.Compute(data), tolerance)).ToList();

    public static ReportData Clean() => new()
    {
        Unit = { Name = "某街道办事处", Year = 2023 },
        Organization = { AuthorizedPosts = 20, StaffInService = 18 },
        Budget =
        {
            InitialBudget = 900m, FullYearBudget = 1000m, Executed = 950m,
            BySource = { GeneralPublicBudget = 900m, Other = 50m },
            BasicExpenditure = 600m, ProjectExpenditure = 350m,
        },
        BasicExpenditure = { Personnel = 500m, PublicFunds = { Total = { CurrentActual = 100m }, Office = { CurrentActual = 18m } } },
        ProjectExpenditure =
        {
            Business = { Name = "业务工作经费", Figures = { CurrentActual = 300m } },
            Operation = { Name = "运行维护经费", Figures = { CurrentActual = 50m } },
        },
        Indicators =
        [
            new Indicator { Level1 = "产出指标", Level2 = "数量指标", Level3 = "场次", Target = "≥10次", Actual = "12次", Weight = 50m, Score = 50m },
            new Indicator { Level1 = "效益指标", Level2 = "社会效益指标", Level3 = "改善", Target = "较大改善", Actual = "较大改善", Weight = 30m, Score = 28m },
            new Indicator { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Level3 = "满意度", Target = "≥90%", Actual = "95%", Weight = 10m, Score = 10m },
        ],
        Signature = { FilledOn = "2024-05", ReportDate = "2024-05-28" },
    };
}
