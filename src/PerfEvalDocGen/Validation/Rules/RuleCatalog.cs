namespace PerfEvalDocGen.Validation.Rules;

/// <summary>All consistency rules, in code order.</summary>
public static class RuleCatalog
{
    /// <summary>Every rule the validator runs.</summary>
    public static IReadOnlyList<IConsistencyRule> All { get; } =
    [
        new SourceTotalRule(),
        new NatureTotalRule(),
        new BasicBreakdownRule(),
        new ProjectClassesRule(),
        new PublicFundsRowsRule(),
        new GroupWeightRule(),
        new TotalWeightRule(),
        new ScoreWithinWeightRule(),
        new QuantitativeScoreRule(),
        new ExecutionWithinBudgetRule(),
        new NarrativeFigureRule(),
        new StaffingRule(),
        new DateOrderRule(),
        new RevenueItemsRule(),
        new BudgetSplitRule(),
        new EconomicClassRule(),
        new UnreadableQuantityRule(),
        new BlankScoreRule(),
        new ProjectFundsRule(),
        new FundBudgetSourceRule(),
        new BlankThreePublicRule(),
        new UnitScaleRule(),
        new PartWithinWholeRule(),
        new DuplicateEntryRule(),
        new NarrativeYearRule(),
        new BlankIndicatorValueRule(),
        new DirectionSignRule(),
        new PhoneNumberRule(),
        new IndicatorHierarchyRule(),
        new UnitNameRule(),
        new ExecutionRateRowRule(),
        new UnmetFullScoreRule(),
        new UnprintedFieldRule(),
        new GenerationDryRunRule(),
    ];
}
