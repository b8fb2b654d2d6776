using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms;

/// <summary>The nine-column grid shared by the self-evaluation forms, so their parts line up.</summary>
internal static class FormColumns
{
    public const int Count = 9;

    /// <summary>
    /// Label, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因. The label column's words are broken two characters a
    /// line (绩效/指标) so that it stays narrow and the width goes to 三级 and 偏差原因, whose text is longest.
    /// </summary>
    public static void Evaluation(ColumnsBuilder c) => c
        .Relative(0.7m).Relative(0.9m).Relative(1.0m).Relative(2.0m).Relative(1.5m).Relative(1.5m).Relative(0.7m).Relative(1.2m).Relative(1.2m);
}
