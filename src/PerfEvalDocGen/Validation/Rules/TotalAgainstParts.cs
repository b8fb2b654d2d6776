namespace PerfEvalDocGen.Validation.Rules;

/// <summary>Compares a reported total with the sum of its filled parts; shared by the total-versus-parts rules.</summary>
internal static class TotalAgainstParts
{
    public static IEnumerable<Finding> Check(RuleContext context, string totalPath, string totalName, decimal? total, IReadOnlyList<(string Name, decimal? Value)> parts)
    {
        var filled = parts.Where(p => p.Value is not null).ToList();
        if (total is not { } t || filled.Count == 0)
        {
            yield break;
        }
        var sum = filled.Sum(p => p.Value!.Value);
        if (context.Differs(t, sum))
        {
            var terms = string.Join(" + ", filled.Select(p => $"{p.Name} {RuleContext.Money(p.Value!.Value)}"));
            yield return new Finding(totalPath,
                $"{totalName} {RuleContext.Money(t)} 万元与各项之和不符：{terms} = {RuleContext.Money(sum)}，相差 {RuleContext.Money(t - sum)} 万元。",
                "核对决算报表，改正合计数或有误的分项。");
        }
    }
}
