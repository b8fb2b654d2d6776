using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>One consistency check with a stable code; listed with its meaning and an example in docs/rules.md.</summary>
public interface IConsistencyRule
{
    /// <summary>The stable code, PE2xx.</summary>
    string Code { get; }

    /// <summary>Whether a finding stops generation (error) or asks for a look (warning).</summary>
    Severity Severity { get; }

    /// <summary>What the rule checks, in Chinese.</summary>
    string Meaning { get; }

    /// <summary>The findings for one unit's data.</summary>
    IEnumerable<Finding> Check(RuleContext context);
}
