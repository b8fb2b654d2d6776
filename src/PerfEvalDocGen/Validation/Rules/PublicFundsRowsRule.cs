using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>PE205: the rows listed under 公用经费 (其中) add up to no more than 公用经费, column by column.</summary>
internal sealed class PublicFundsRowsRule : IConsistencyRule
{
    public string Code => "PE205";

    public Severity Severity => Severity.Warning;

    public string Meaning => "公用经费“其中”各行（办公经费，水电差旅，会议培训）之和不应超过公用经费合计（逐列比较）。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var funds = context.Data.BasicExpenditure.PublicFunds;
        YearFigures[] rows = [funds.Office, funds.UtilitiesAndTravel, funds.MeetingsAndTraining];
        var columns = new (string Name, string Json, Func<YearFigures, decimal?> Get)[]
        {
            ("上年决算数", "lastYearActual", f => f.LastYearActual),
            ("本年预算数", "currentBudget", f => f.CurrentBudget),
            ("本年决算数", "currentActual", f => f.CurrentActual),
        };
        foreach (var (name, json, get) in columns)
        {
            var parts = rows.Select(get).Where(v => v is not null).Select(v => v!.Value).ToList();
            if (get(funds.Total) is { } total && parts.Count > 0 && parts.Sum() - total > context.Tolerance)
            {
                yield return new Finding($"basicExpenditure.publicFunds.total.{json}",
                    $"公用经费{name} {RuleContext.Money(total)} 万元小于其中各行之和 {RuleContext.Money(parts.Sum())} 万元。",
                    "“其中”各行是公用经费的一部分，核对合计或各行。");
            }
        }
    }
}
