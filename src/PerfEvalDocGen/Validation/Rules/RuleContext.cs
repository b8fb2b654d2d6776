using System.Globalization;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>What a rule reads: the data, its derived figures and the rounding tolerance.</summary>
public sealed record RuleContext(ReportData Data, ReportFigures Figures, decimal Tolerance)
{
    /// <summary>Whether two amounts differ by more than the tolerance.</summary>
    public bool Differs(decimal a, decimal b) => Math.Abs(a - b) > Tolerance;

    /// <summary>An amount as the messages print it: two decimals.</summary>
    public static string Money(decimal value) => Rounding.Round2(value).ToString("0.00", CultureInfo.InvariantCulture);
}
