using System.Globalization;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>What a rule reads: the data, its derived figures and the rounding tolerance.</summary>
public sealed record RuleContext(ReportData Data, ReportFigures Figures, decimal Tolerance)
{
    /// <summary>The attachment forms the chosen template set prints (ids, e.g. overall-self-evaluation); null when not known, read as all.</summary>
    public IReadOnlyCollection<string>? Forms { get; init; }

    /// <summary>The data file as written (before the model fills in defaults), when known.</summary>
    public Newtonsoft.Json.Linq.JObject? Source { get; init; }

    /// <summary>The chosen template set, when known; rules that need to render (what the set prints) skip without it.</summary>
    public Templates.TemplateSet? Templates { get; init; }

    /// <summary>
    /// What the chosen set prints of the filled texts (<see cref="PrintedTextProbe"/>), found once per check and shared
    /// by the rules that ask; null without a set or source, or when the set fails on the data.
    /// </summary>
    internal (IReadOnlyList<string> Filled, IReadOnlySet<string> Printed, IReadOnlySet<string> Required, bool Rendered)? Printing
    {
        get
        {
            if (!printingKnown)
            {
                printing = Templates is { } set && Source is { } source ? PrintedTextProbe.Probe(source, set) : null;
                printingKnown = true;
            }
            return printing;
        }
    }

    private (IReadOnlyList<string> Filled, IReadOnlySet<string> Printed, IReadOnlySet<string> Required, bool Rendered)? printing;
    private bool printingKnown;

    /// <summary>Whether the chosen template set prints the form <paramref name="formId"/> (true when the set is not known).</summary>
    public bool Prints(string formId) => Forms is null || Forms.Contains(formId);

    /// <summary>Whether two amounts differ by more than the tolerance.</summary>
    public bool Differs(decimal a, decimal b) => Math.Abs(a - b) > Tolerance;

    /// <summary>An amount as the messages print it: two decimals.</summary>
    public static string Money(decimal value) => Rounding.Round2(value).ToString("0.00", CultureInfo.InvariantCulture);
}
