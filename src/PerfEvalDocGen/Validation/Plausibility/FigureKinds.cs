using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Validation.Plausibility;

/// <summary>
/// The kind of each numeric field, read from how the model describes it: money says （万元）, a rate （%）, a year is an
/// integer field titled …年度, people an integer field counting 人数. Read from the descriptions rather than marked on each
/// field so that the one convention the descriptions already follow is the only place it is written; a test checks that
/// every numeric field of the model gets a kind.
/// </summary>
internal static class FigureKinds
{
    public static FigureKind Of(FieldShape field) => Of(field.Field, field.Kind == FieldKind.Array ? field.ItemKind : field.Kind);

    public static FigureKind Of(FieldAttribute field, FieldKind kind)
    {
        if (kind == FieldKind.Integer)
        {
            return field.Title.EndsWith("年度", StringComparison.Ordinal) || field.Title.EndsWith("年份", StringComparison.Ordinal) ? FigureKind.Year
                : field.Description.Contains('人') || field.Title.Contains("编制", StringComparison.Ordinal) ? FigureKind.Count
                : FigureKind.Other;
        }
        if (kind != FieldKind.Number)
        {
            return FigureKind.Other;
        }
        return field.Description.Contains("万元", StringComparison.Ordinal) ? FigureKind.Amount
            : field.Description.Contains("（%）", StringComparison.Ordinal) || field.Title.EndsWith('率') ? FigureKind.Percent
            : field.Title is "分值" or "得分" || field.Title.EndsWith("分值", StringComparison.Ordinal) || field.Title.EndsWith("得分", StringComparison.Ordinal) ? FigureKind.Score
            : field.Description.Contains("人数", StringComparison.Ordinal) ? FigureKind.Count
            : FigureKind.Other;
    }
}
