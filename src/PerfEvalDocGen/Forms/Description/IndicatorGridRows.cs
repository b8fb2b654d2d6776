using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>
/// The built-in 绩效指标 grid (<see cref="IndicatorGrid"/>): its header row, then one row per indicator with 一级 and 二级
/// merged; eight columns. With <see cref="BlankWhenAbsent"/> a missing list prints the empty grid to fill in by hand.
/// </summary>
internal sealed record IndicatorGridRows(Position At, FormPath Indicators, FormPath Groups, CompiledTemplate ScoreHeader, bool BlankWhenAbsent) : RowDescription(At)
{
    /// <summary>The grid's width in columns.</summary>
    public const int Columns = 8;
}
