namespace PerfEvalDocGen.Batch;

/// <summary>A unit's figures as its report was last made, and what the user was last told about them.</summary>
internal sealed class FigureRecord
{
    /// <summary>The batch run that wrote the record (see <see cref="BatchManifest.Reported"/>).</summary>
    public long Run { get; set; }

    /// <summary>Every figure of the data, and those that follow from it, by key.</summary>
    public SortedDictionary<string, string> Figures { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The figures as last reported to the user, kept while <see cref="Run"/> has not been reported: a run killed after it
    /// rewrote the report still lets the next run list the changes from there.
    /// </summary>
    public SortedDictionary<string, string>? Baseline { get; set; }

    /// <summary>The reviewer's label of each key, e.g. 绩效指标“群众满意度”·得分.</summary>
    public SortedDictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);
}
